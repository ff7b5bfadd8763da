package io.newsflow.ingest.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Submission intake and workers ({@code newsflow.ingest.*}).
 *
 * @param workerConcurrency  submission consumers per copy of the service; each fetches one page at a time,
 *                           so this bounds the concurrent fetches of one copy (more than the topic's
 *                           partitions would sit idle)
 * @param maxUrlsPerRequest  most URLs one POST may carry; bigger batches are split by the caller, which keeps
 *                           one request's broker round trips and answer small
 * @param publishTimeout     how long to wait for the broker to acknowledge an event before the submission
 *                           answers 503 or the worker's record is retried
 */
@ConfigurationProperties("newsflow.ingest")
public record IngestProperties(
        @DefaultValue("2") int workerConcurrency,
        @DefaultValue("100") int maxUrlsPerRequest,
        @DefaultValue("10s") Duration publishTimeout) {
}
