package io.newsflow.ingest.fetch;

import java.net.URI;

/**
 * What to fetch and how.
 *
 * @param url             the URL
 * @param anyContentType  false for article pages (only HTML is read); true for robots.txt, feeds and sitemaps
 * @param ifNoneMatch     an ETag from an earlier fetch, sent as {@code If-None-Match} (may be null)
 * @param ifModifiedSince a Last-Modified from an earlier fetch, sent as {@code If-Modified-Since} (may be null)
 * @param maxBytes        the body limit of this fetch, 0 for the configured {@code max-body-size}
 */
public record FetchRequest(URI url, boolean anyContentType, String ifNoneMatch, String ifModifiedSince, long maxBytes) {

    /** An article page, unconditionally. */
    public static FetchRequest page(URI url) {
        return new FetchRequest(url, false, null, null, 0);
    }

    /** An article page, conditionally on the validators of an earlier fetch. */
    public static FetchRequest page(URI url, String ifNoneMatch, String ifModifiedSince) {
        return new FetchRequest(url, false, ifNoneMatch, ifModifiedSince, 0);
    }

    /** A document of any type (robots.txt, feed, sitemap) up to {@code maxBytes}. */
    public static FetchRequest document(URI url, String ifNoneMatch, String ifModifiedSince, long maxBytes) {
        return new FetchRequest(url, true, ifNoneMatch, ifModifiedSince, maxBytes);
    }

    FetchRequest to(URI target) {
        return new FetchRequest(target, anyContentType, ifNoneMatch, ifModifiedSince, maxBytes);
    }

    boolean conditional() {
        return ifNoneMatch != null || ifModifiedSince != null;
    }
}
