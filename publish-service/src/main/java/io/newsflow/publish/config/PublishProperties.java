package io.newsflow.publish.config;

import java.net.URI;
import java.time.Duration;
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
        @DefaultValue("15s") Duration ingestTimeout) {
}
