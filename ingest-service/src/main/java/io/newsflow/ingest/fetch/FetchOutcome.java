package io.newsflow.ingest.fetch;

import java.net.URI;
import java.time.Instant;

/** How a fetch ended: a page, or a failure with a reason code. The fetcher never throws. */
public sealed interface FetchOutcome permits FetchOutcome.Fetched, FetchOutcome.Failed {

    /** The URL this outcome is about (the last hop for a fetched page). */
    URI url();

    /**
     * An HTML page.
     *
     * @param url         the URL the page was finally served from, after redirects
     * @param contentType the Content-Type header as sent (carries the charset, if any)
     * @param body        the decoded body (gzip/deflate removed), at most the configured maximum
     * @param fetchedAt   when the body was complete
     */
    record Fetched(URI url, String contentType, byte[] body, Instant fetchedAt) implements FetchOutcome {
    }

    /**
     * A fetch that produced no page.
     *
     * @param reasonCode one of {@link io.newsflow.contracts.ReasonCodes}
     * @param message    what happened, for an editor ("HTTP 404 Not Found")
     */
    record Failed(URI url, String reasonCode, String message) implements FetchOutcome {
    }
}
