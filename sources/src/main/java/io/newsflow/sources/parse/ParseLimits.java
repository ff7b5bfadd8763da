package io.newsflow.sources.parse;

/**
 * Bounds of one document.
 *
 * @param maxDocumentBytes largest document read (after gunzip); a larger one is refused, not cut
 * @param maxEntries       most entries read from one document; the rest are left out and the result is
 *                         marked truncated
 */
public record ParseLimits(int maxDocumentBytes, int maxEntries) {

    /** 10 MB, the sitemap protocol's uncompressed limit is 50 MB but news sources stay far below. */
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    /** 50,000 is the sitemap protocol's own maximum of URLs per sitemap file. */
    public static final int DEFAULT_MAX_ENTRIES = 50_000;

    public ParseLimits {
        if (maxDocumentBytes <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ParseLimits defaults() {
        return new ParseLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_ENTRIES);
    }
}
