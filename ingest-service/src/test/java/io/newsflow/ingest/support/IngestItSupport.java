package io.newsflow.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventCodec;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole service on one embedded KRaft broker, shared by every integration test class (same
 * configuration, so Spring starts it once): short timeouts, delays and back-off so the fetch suite ends
 * in seconds, every loopback address allowed (simulated hosts live on 127.0.0.x), sources polled only
 * when a test asks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=ingest-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "newsflow.editor.tokens=" + IngestItSupport.TOKEN,
        "newsflow.fetch.allow=127.0.0.0/8",
        "newsflow.fetch.connect-timeout=1s",
        "newsflow.fetch.read-timeout=1s",
        "newsflow.fetch.total-timeout=3s",
        "newsflow.fetch.max-body-size=256KB",
        "newsflow.crawl.host-delay=" + IngestItSupport.HOST_DELAY_MS + "ms",
        "newsflow.crawl.max-attempts=3",
        "newsflow.crawl.initial-backoff=100ms",
        "newsflow.crawl.max-backoff=300ms",
        "newsflow.crawl.max-retry-after=2s",
        "newsflow.crawl.robots-failure-ttl=100ms",
        "newsflow.sources.poller-enabled=false",
        "newsflow.kafka.retry-attempts=1",
        "newsflow.kafka.retry-initial-interval=50ms",
        "logging.level.org.apache.kafka=WARN",
        "logging.level.kafka=WARN",
        "logging.level.state.change.logger=WARN"})
@AutoConfigureWebTestClient(timeout = "60s")
@EmbeddedKafka(partitions = 2)
public abstract class IngestItSupport {

    public static final String TOKEN = "it-token";
    public static final long HOST_DELAY_MS = 50;
    protected static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    protected WebTestClient client;
    @Autowired
    protected EventCodec codec;
    @Autowired
    protected ConsumerFactory<String, byte[]> consumerFactory;

    protected TopicReader reader(String topic) {
        return new TopicReader(consumerFactory, codec, topic);
    }

    /** Submits URLs as an editor; the submission id of each URL, in order. */
    @SuppressWarnings("unchecked")
    protected Map<String, String> submit(Collection<String> urls) {
        String json = urls.stream().map(url -> "\"" + url + "\"").collect(Collectors.joining(",", "{\"urls\":[", "]}"));
        List<Map<String, String>> receipts = client.post().uri("/api/submissions")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isAccepted()
                .expectBodyList(Map.class).returnResult().getResponseBody()
                .stream().map(receipt -> (Map<String, String>) receipt).toList();
        Map<String, String> ids = new LinkedHashMap<>();
        receipts.forEach(receipt -> ids.put(receipt.get("url"), receipt.get("id")));
        return ids;
    }

    /** Waits until each submission has a terminal status (or EXTRACTED); its last status by submission id. */
    protected Map<String, SubmissionStatusChanged> awaitFinal(TopicReader statuses, Collection<String> submissionIds,
                                                            Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(200)).until(() ->
                finals(statuses).keySet().containsAll(submissionIds));
        Map<String, SubmissionStatusChanged> finals = finals(statuses);
        finals.keySet().retainAll(submissionIds);
        return finals;
    }

    private static Map<String, SubmissionStatusChanged> finals(TopicReader statuses) {
        Map<String, SubmissionStatusChanged> finals = new LinkedHashMap<>();
        for (SubmissionStatusChanged status : statuses.read(SubmissionStatusChanged.class)) {
            if (status.state().isTerminal() || status.state() == io.newsflow.contracts.SubmissionState.EXTRACTED) {
                finals.put(status.submissionId(), status);
            }
        }
        return finals;
    }

    protected List<SubmissionStatusChanged> history(TopicReader statuses, String submissionId) {
        return statuses.read(SubmissionStatusChanged.class).stream()
                .filter(status -> submissionId.equals(status.submissionId())).toList();
    }

    protected TopicReader statuses() {
        return reader(Topics.SUBMISSION_STATUS);
    }

    /** Time from FETCHING (the worker took it up) to the last status is under {@code bound}. */
    protected static void assertElapsed(SubmissionStatusChanged last, List<SubmissionStatusChanged> history,
                                        Duration bound) {
        SubmissionStatusChanged fetching = history.stream()
                .filter(status -> status.state() == io.newsflow.contracts.SubmissionState.FETCHING)
                .findFirst().orElseThrow();
        Duration elapsed = Duration.between(fetching.at(), last.at());
        assertThat(elapsed).as("time from FETCHING to %s of %s", last.state(), last.url()).isLessThan(bound);
    }
}
