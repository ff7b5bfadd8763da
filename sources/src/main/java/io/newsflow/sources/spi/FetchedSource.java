package io.newsflow.sources.spi;

import java.net.URI;
import java.util.Objects;

/**
 * The answer to a {@link SourceRequest}: a 2xx with a body, or a 304 without one.
 *
 * @param status       the HTTP status: 2xx, or 304 when the validators matched
 * @param finalUrl     the URL the answer came from, after redirects (relative entry links resolve against it)
 * @param contentType  the Content-Type header as sent (with its charset), null when absent
 * @param etag         the ETag header, null when absent
 * @param lastModified the Last-Modified header as sent, null when absent
 * @param body         the decoded body (Content-Encoding removed), bounded by the fetcher; empty for a 304
 */
public record FetchedSource(int status, URI finalUrl, String contentType, String etag, String lastModified,
                            byte[] body) {

    public static final int NOT_MODIFIED = 304;

    public FetchedSource {
        Objects.requireNonNull(finalUrl, "finalUrl");
        body = body == null ? new byte[0] : body;
    }

    /** True when the server answered 304: nothing changed since the validators were issued. */
    public boolean notModified() {
        return status == NOT_MODIFIED;
    }
}
