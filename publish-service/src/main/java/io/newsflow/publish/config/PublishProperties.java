package io.newsflow.publish.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of publish-service ({@code newsflow.publish.*}); the defaults live here only.
 *
 * @param defaultPageSize   articles per page of {@code GET /api/articles} when no {@code limit} is given
 * @param maxPageSize       largest {@code limit} accepted; bounds the cost of one request
 * @param summaryTags       best-scored tags shown with each article of a listing (the full list is on
 *                          the article itself)
 * @param heartbeatInterval interval of the comment lines on the SSE streams; keeps proxies and
 *                          browsers from closing an idle connection
 * @param storeTimeout      longest wait for MongoDB while handling one record before it is retried
 * @param publishTimeout    longest wait for the broker to acknowledge a status event before the record
 *                          is retried
 * @param indexTimeout      longest wait for the index creation at start-up
 * @param ingestUrl         base URL of ingest-service; the editor page submits through
 *                          {@code POST /api/submissions} here, which forwards to it, so the page needs
 *                          one origin only (no CORS, the token never leaves it)
 * @param ingestTimeout     longest wait for ingest-service to answer a forwarded submission
 * @param relatedLimit      related articles kept per article when links are merged (best scores win)
 * @param feedSize          entries per feed document (newest first)
 * @param streamReplayLimit articles replayed at most to a stream client resuming with {@code Last-Event-ID};
 *                          one further behind should re-read the listing
 * @param firstPageCacheTtl how long the first page of a listing is served from memory; every store write
 *                          empties the cache, so this only bounds staleness across copies of the service.
 *                          Zero turns the cache off
 * @param readTokens        bearer tokens for the read API and feeds ({@code Authorization: Bearer} or
 *                          {@code ?access_token=}); empty (default) = the read API is open
 * @param webhooks          outgoing webhook deliveries
 * @param listingIndex      serve filtered listings (without {@code q}) from an in-memory index of the
 *                          articles' keys, reading only the page's documents from the store; needed on
 *                          the embedded server, which ignores secondary indexes; may be off on MongoDB
 * @param listingRefreshInterval how often that index reads the articles other copies wrote (a scan on the
 *                          embedded server, hence not more often; own writes are indexed at once)
 */
@ConfigurationProperties("newsflow.publish")
public record PublishProperties(
        @DefaultValue("20") int defaultPageSize,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("8") int summaryTags,
        @DefaultValue("15s") Duration heartbeatInterval,
        @DefaultValue("10s") Duration storeTimeout,
        @DefaultValue("30s") Duration publishTimeout,
        @DefaultValue("30s") Duration indexTimeout,
        @DefaultValue("http://localhost:8081") URI ingestUrl,
        @DefaultValue("15s") Duration ingestTimeout,
        @DefaultValue("10") int relatedLimit,
        @DefaultValue("50") int feedSize,
        @DefaultValue("500") int streamReplayLimit,
        @DefaultValue("2s") Duration firstPageCacheTtl,
        @DefaultValue List<String> readTokens,
        @DefaultValue Webhooks webhooks,
        @DefaultValue("true") boolean listingIndex,
        @DefaultValue("5s") Duration listingRefreshInterval) {

    public PublishProperties {
        readTokens = readTokens == null ? List.of()
                : readTokens.stream().map(String::trim).filter(token -> !token.isEmpty()).toList();
    }

    /**
     * @param allow          host names or CIDR blocks a webhook may reach although internal (loopback,
     *                       private, link-local, CGNAT, multicast...) or on a port other than 80/443; empty
     *                       by default: internal addresses are refused, as the fetcher refuses them
     * @param maxAttempts    attempts per delivery before it is marked failed
     * @param initialBackoff wait before the first retry, doubled at each further one
     * @param maxBackoff     longest wait between attempts
     * @param timeout        longest wait for the subscriber to answer one attempt
     * @param failingAfter   consecutive failed deliveries after which the webhook is marked FAILING
     *                       (deliveries go on; the first success marks it ACTIVE again)
     */
    public record Webhooks(
            @DefaultValue List<String> allow,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("1m") Duration maxBackoff,
            @DefaultValue("10s") Duration timeout,
            @DefaultValue("1") int failingAfter) {

        public Webhooks {
            allow = allow == null ? List.of() : allow.stream().map(String::trim).filter(a -> !a.isEmpty()).toList();
        }
    }
}
