package io.newsflow.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** How a fetch ended: a page, "not modified", or a failure with a reason code. The fetcher never throws. */
public sealed interface FetchOutcome permits FetchOutcome.Fetched, FetchOutcome.NotModified, FetchOutcome.Failed {

    /** The URL this outcome is about (the last hop for a fetched page). */
    URI url();

    /**
     * A page (HTML, or any type for a document request).
     *
     * @param url          the URL the page was finally served from, after redirects
     * @param contentType  the Content-Type header as sent (carries the charset, if any)
     * @param body         the decoded body (gzip/deflate removed), at most the configured maximum
     * @param fetchedAt    when the body was complete
     * @param status       the 2xx status
     * @param etag         the ETag header, null when absent
     * @param lastModified the Last-Modified header as sent, null when absent
     */
    record Fetched(URI url, String contentType, byte[] body, Instant fetchedAt, int status, String etag,
                   String lastModified) implements FetchOutcome {

        public Fetched(URI url, String contentType, byte[] body, Instant fetchedAt) {
            this(url, contentType, body, fetchedAt, 200, null, null);
        }
    }

    /** A conditional request answered 304: nothing changed since the validators were issued. */
    record NotModified(URI url, String etag, String lastModified) implements FetchOutcome {
    }

    /**
     * A fetch that produced no page.
     *
     * @param reasonCode one of {@link io.newsflow.contracts.ReasonCodes}
     * @param message    what happened, for an editor ("HTTP 404 Not Found")
     * @param httpStatus the HTTP status of an {@code HTTP_ERROR}, 0 when there was no HTTP answer
     * @param retryAfter the server's {@code Retry-After} (429/503), null when absent or unreadable
     */
    record Failed(URI url, String reasonCode, String message, int httpStatus, Duration retryAfter)
            implements FetchOutcome {

        public Failed(URI url, String reasonCode, String message) {
            this(url, reasonCode, message, 0, null);
        }
    }
}
