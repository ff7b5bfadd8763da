package io.newsflow.ingest.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Submission intake and workers ({@code newsflow.ingest.*}).
 *
 * @param workerConcurrency   submission consumers per copy of the service. Each takes a batch of records
 *                            (up to {@code spring.kafka.consumer.max-poll-records}) and works through it
 *                            in parallel across hosts, politely per host; concurrent requests are bounded
 *                            by {@code newsflow.crawl.max-in-flight}
 * @param maxUrlsPerRequest   most URLs one POST may carry; bigger batches are split by the caller, which keeps
 *                            one request's broker round trips and answer small
 * @param publishTimeout      how long to wait for the broker to acknowledge an event before the submission
 *                            answers 503 or the worker's record is retried
 * @param batchTimeout        bound of one batch of submissions; must stay under the consumer's
 *                            {@code max.poll.interval.ms} (10 min in ingest-service.yml). A batch that
 *                            overruns it is retried by the error handler
 * @param indexStartupTimeout how long start-up waits for the article index (duplicates) to read the article
 *                            and raw-page topics to their end
 * @param maxRawPageBytes     largest gzipped raw page kept on {@code newsflow.pages.raw}; larger ones are not
 *                            kept (the article still flows). Base64 in the event makes it 4/3 larger, so
 *                            700 KB stays under the 1 MB event limit
 */
@ConfigurationProperties("newsflow.ingest")
public record IngestProperties(
        @DefaultValue("2") int workerConcurrency,
        @DefaultValue("100") int maxUrlsPerRequest,
        @DefaultValue("10s") Duration publishTimeout,
        @DefaultValue("8m") Duration batchTimeout,
        @DefaultValue("30s") Duration indexStartupTimeout,
        @DefaultValue("700KB") org.springframework.util.unit.DataSize maxRawPageBytes) {

    @ConstructorBinding
    public IngestProperties {
    }

    /** Defaults for the settings that tests of the intake do not care about. */
    public IngestProperties(int workerConcurrency, int maxUrlsPerRequest, Duration publishTimeout) {
        this(workerConcurrency, maxUrlsPerRequest, publishTimeout, Duration.ofMinutes(8), Duration.ofSeconds(30),
                org.springframework.util.unit.DataSize.ofKilobytes(700));
    }
}
