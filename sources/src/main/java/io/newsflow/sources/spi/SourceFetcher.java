package io.newsflow.sources.spi;

import reactor.core.publisher.Mono;

/**
 * Fetches a feed, sitemap or list document for the poller and the API.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>the same politeness (robots.txt, per-host delay, user agent) and safety (SSRF address policy
 *       on every hop, bounded redirects, connect/total timeouts, streamed body cut-off, decompression
 *       bound) as page fetches;</li>
 *   <li>any textual content type is acceptable (XML, JSON, plain text, HTML is not refused either): the
 *       caller detects the format from the bytes;</li>
 *   <li>the validators of the request, when present, are sent as {@code If-None-Match} and
 *       {@code If-Modified-Since};</li>
 *   <li>the Mono emits a {@link FetchedSource} for a 2xx answer (after redirects) or a 304, and
 *       otherwise fails with a {@link SourceFetchException} carrying a reason code: it never emits
 *       another status and never fails with another exception type (anything unexpected is wrapped).</li>
 * </ul>
 */
@FunctionalInterface
public interface SourceFetcher {

    /** Fetches {@code request.url()}; see the interface contract for what is emitted. */
    Mono<FetchedSource> fetch(SourceRequest request);
}
