/**
 * What the sources module needs from the service that hosts it, and nothing more: a way to fetch a
 * feed or sitemap ({@link io.newsflow.sources.spi.SourceFetcher}) and a way to submit the URLs found
 * in it ({@link io.newsflow.sources.spi.SubmissionSink}).
 *
 * <p>ingest-service implements both over its SSRF-safe, polite fetcher and its submission intake and
 * exposes them as beans; the module's auto-configuration switches on when both beans exist.
 *
 * <p>Threading: both interfaces are reactive. The module subscribes from its own scheduler (the
 * poller) or from a WebFlux handler; implementations must not block the calling thread (wrap blocking
 * work in {@code subscribeOn(Schedulers.boundedElastic())}).
 */
package io.newsflow.sources.spi;
