package io.newsflow.sources.api;

import io.newsflow.sources.spi.SubmissionSink.SubmittedUrl;
import java.util.List;

/**
 * The answer to an upload (202).
 *
 * @param submitted  URLs submitted (source {@code upload}), with their submission ids
 * @param subscribed OPML feeds subscribed by this upload
 * @param existing   OPML feeds that were already subscribed
 * @param errors     what was refused: a list's line number, or an OPML outline's URL, and why
 */
record UploadReceipt(List<SubmittedUrl> submitted, List<SourceView> subscribed, List<SourceView> existing,
                     List<UploadError> errors) {

    /**
     * @param line    1-based line of a text list, null for OPML
     * @param url     the refused URL when known
     * @param message why
     */
    record UploadError(Integer line, String url, String message) {
    }
}
