package io.newsflow.contracts;

/**
 * Reason codes carried by a {@link SubmissionState#FAILED} status. Codes are strings in the event so
 * that new ones can be added without breaking consumers; these are the ones producers use today.
 */
public final class ReasonCodes {

    /** The URL is not http/https, has no host, or is too long. */
    public static final String INVALID_URL = "INVALID_URL";
    /** The host resolves to a loopback, private, link-local, multicast or otherwise internal address. */
    public static final String BLOCKED_ADDRESS = "BLOCKED_ADDRESS";
    /** The host name does not resolve. */
    public static final String UNKNOWN_HOST = "UNKNOWN_HOST";
    /** The connection was refused or reset. */
    public static final String UNREACHABLE = "UNREACHABLE";
    /** Connecting or reading took longer than allowed. */
    public static final String TIMEOUT = "TIMEOUT";
    /** The server answered with a 4xx/5xx status (the message names it). */
    public static final String HTTP_ERROR = "HTTP_ERROR";
    /** The page is not HTML. */
    public static final String UNSUPPORTED_CONTENT_TYPE = "UNSUPPORTED_CONTENT_TYPE";
    /** The body is larger than the configured maximum. */
    public static final String TOO_LARGE = "TOO_LARGE";
    /** More redirects than allowed, or a redirect loop. */
    public static final String TOO_MANY_REDIRECTS = "TOO_MANY_REDIRECTS";
    /** robots.txt disallows the URL for our user agent. */
    public static final String ROBOTS_DISALLOWED = "ROBOTS_DISALLOWED";
    /** The page was fetched but holds no article text. */
    public static final String NO_ARTICLE = "NO_ARTICLE";
    /** Enrichment of the article failed after retries. */
    public static final String ENRICHMENT_FAILED = "ENRICHMENT_FAILED";
    /** Storing the article failed after retries. */
    public static final String STORE_FAILED = "STORE_FAILED";
    /** An event could not be read (malformed JSON, unknown schema version); it went to the DLT. */
    public static final String MALFORMED_EVENT = "MALFORMED_EVENT";
    /** Processing failed after bounded retries; the record went to the DLT. */
    public static final String PROCESSING_FAILED = "PROCESSING_FAILED";

    /** DUPLICATE: the content is the same as the stored revision of the same article. */
    public static final String UNCHANGED = "UNCHANGED";
    /** DUPLICATE: a conditional re-fetch answered 304 Not Modified. */
    public static final String NOT_MODIFIED = "NOT_MODIFIED";
    /** DUPLICATE: the body is a near-duplicate (syndicated copy) of another article; see {@code duplicateOf}. */
    public static final String NEAR_DUPLICATE = "NEAR_DUPLICATE";
    /** The server kept answering 429/5xx or timing out after all retries (the message names the last). */
    public static final String RETRIES_EXHAUSTED = "RETRIES_EXHAUSTED";

    private ReasonCodes() {
    }
}
