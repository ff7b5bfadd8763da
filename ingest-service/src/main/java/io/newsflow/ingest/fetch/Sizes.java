package io.newsflow.ingest.fetch;

/** Byte counts for messages an editor reads ("5 MB", not "5242880"). */
final class Sizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private Sizes() {
    }

    static String describe(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= KB && bytes % KB == 0) {
            return bytes / KB + " KB";
        }
        return bytes + " bytes";
    }
}
