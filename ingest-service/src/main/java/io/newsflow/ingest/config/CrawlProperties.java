package io.newsflow.ingest.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How politely pages are fetched ({@code newsflow.crawl.*}).
 *
 * @param hostDelay          minimum gap between the end of one request to a host and the start of the next;
 *                           a robots.txt crawl-delay that is longer wins (up to {@code maxCrawlDelay}).
 *                           A host is {@code host:port}
 * @param maxPerHost         requests in flight to one host at once
 * @param maxInFlight        requests in flight at once, all hosts together, per copy of the service
 * @param maxCrawlDelay      the longest robots.txt crawl-delay honoured; longer ones are cut to this, so a
 *                           hostile robots.txt cannot park the workers
 * @param robotsEnabled      whether robots.txt is read and obeyed (switch off only for tests of other things)
 * @param robotsCacheTtl     how long a host's robots.txt is kept before it is read again (RFC 9309 asks for
 *                           at most 24 hours)
 * @param robotsFailureTtl   how long a failed robots.txt read (5xx, network error: everything is disallowed
 *                           for now) is kept before it is tried again
 * @param robotsMaxSize      how much of a robots.txt is read (RFC 9309: at least 500 KiB)
 * @param maxAttempts        fetch attempts of one URL for transient failures (timeouts, connection errors,
 *                           429, 5xx), the first included
 * @param initialBackoff     wait before the first retry; doubled for each further one, with jitter
 * @param maxBackoff         longest wait between two attempts computed by back-off
 * @param maxRetryAfter      longest Retry-After honoured; a longer one is cut to this
 * @param maxSourceSize      largest feed or sitemap document fetched (decoded)
 */
@ConfigurationProperties("newsflow.crawl")
public record CrawlProperties(
        @DefaultValue("1s") Duration hostDelay,
        @DefaultValue("1") int maxPerHost,
        @DefaultValue("16") int maxInFlight,
        @DefaultValue("30s") Duration maxCrawlDelay,
        @DefaultValue("true") boolean robotsEnabled,
        @DefaultValue("1h") Duration robotsCacheTtl,
        @DefaultValue("1m") Duration robotsFailureTtl,
        @DefaultValue("500KB") DataSize robotsMaxSize,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("60s") Duration maxRetryAfter,
        @DefaultValue("10MB") DataSize maxSourceSize) {
}
