package io.newsflow.sources.spi;

import java.net.URI;

/**
 * A fetch that produced no document. The message is for people ("HTTP 500 Internal Server Error",
 * "blocked address 10.0.0.1"); the reason code is one of {@code io.newsflow.contracts.ReasonCodes}
 * ({@code HTTP_ERROR}, {@code BLOCKED_ADDRESS}, {@code TIMEOUT}, {@code TOO_LARGE}, {@code ROBOTS_DISALLOWED}…).
 */
public class SourceFetchException extends RuntimeException {

    private final URI url;
    private final String reasonCode;
    private final int httpStatus;

    /**
     * @param httpStatus the HTTP status for {@code HTTP_ERROR}, 0 when no HTTP answer was received
     */
    public SourceFetchException(URI url, String reasonCode, int httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.url = url;
        this.reasonCode = reasonCode;
        this.httpStatus = httpStatus;
    }

    public SourceFetchException(URI url, String reasonCode, int httpStatus, String message) {
        this(url, reasonCode, httpStatus, message, null);
    }

    public URI url() {
        return url;
    }

    public String reasonCode() {
        return reasonCode;
    }

    /** The HTTP status of an {@code HTTP_ERROR}, 0 otherwise. */
    public int httpStatus() {
        return httpStatus;
    }
}
