package io.newsflow.sources.spi;

import java.net.URI;
import java.util.Objects;

/**
 * One fetch of a source document.
 *
 * @param url             absolute http(s) URL
 * @param ifNoneMatch     the ETag of the previous 200 answer, sent as {@code If-None-Match}; null for none
 * @param ifModifiedSince the Last-Modified of the previous 200 answer (as received), sent as
 *                        {@code If-Modified-Since}; null for none
 */
public record SourceRequest(URI url, String ifNoneMatch, String ifModifiedSince) {

    public SourceRequest {
        Objects.requireNonNull(url, "url");
    }

    /** An unconditional fetch. */
    public static SourceRequest of(URI url) {
        return new SourceRequest(url, null, null);
    }
}
