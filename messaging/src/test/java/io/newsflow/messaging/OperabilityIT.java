package io.newsflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * What an operator sees of a service built on the shared messaging set-up, over HTTP as a probe or
 * Prometheus would read it, against a real (embedded KRaft) broker: readiness includes Kafka, the
 * Prometheus endpoint shows the dead-letter counter and the consumer-lag gauges, and a listener runs
 * with the record's submission and article ids in its logging context.
 */
@SpringBootTest(classes = OperabilityIT.TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=operability-test",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "newsflow.kafka.retry-attempts=0"})
@EmbeddedKafka(partitions = 1)
class OperabilityIT {

    @SpringBootApplication
    static class TestApp {

        /** Logging context seen by the listener, by the value it processed. */
        final Map<String, Map<String, String>> contextByValue = new ConcurrentHashMap<>();
        private final EventCodec codec;

        TestApp(EventCodec codec) {
            this.codec = codec;
        }

        @KafkaListener(topics = Topics.SUBMISSIONS, groupId = "operability-submissions")
        void onSubmission(byte[] value) {
            SubmissionRequested event = codec.decode(value, SubmissionRequested.class);
            contextByValue.put(event.submissionId(), MDC.getCopyOfContextMap());
        }

        @KafkaListener(topics = Topics.ARTICLES_EXTRACTED, groupId = "operability-articles")
        void onArticle(byte[] value) {
            contextByValue.put(new String(value, StandardCharsets.UTF_8), MDC.getCopyOfContextMap());
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    TestApp app;
    @Autowired
    EventPublisher publisher;
    @Autowired
    KafkaTemplate<String, byte[]> template;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessIncludesTheKafkaClusterAndIsUp() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"kafka\":{\"details\":{\"clusterId\":", "\"nodes\":1},\"status\":\"UP\"");
    }

    @Test
    void listenerRunsWithTheRecordIdsInItsLoggingContextAndTheContextIsClearedAfterwards() throws Exception {
        publisher.publish(Topics.SUBMISSIONS, new SubmissionRequested("s-mdc", "https://example.org/a", "editor",
                Instant.EPOCH)).get();
        String article = "{\"schemaVersion\":1,\"body\":{\"nested\":{\"submissionId\":\"inner\"}},"
                + "\"articleId\":\"a-mdc\",\"submissionId\":\"s-article\"}";
        template.send(new ProducerRecord<>(Topics.ARTICLES_EXTRACTED, "a-mdc", article.getBytes(StandardCharsets.UTF_8)))
                .get();

        await().atMost(Duration.ofSeconds(30)).until(() -> app.contextByValue.containsKey("s-mdc")
                && app.contextByValue.containsKey(article));
        assertThat(app.contextByValue.get("s-mdc")).containsEntry("submissionId", "s-mdc")
                .containsEntry("topic", Topics.SUBMISSIONS).doesNotContainKey("articleId");
        // The top-level submissionId, not the nested one of the same name.
        assertThat(app.contextByValue.get(article)).containsEntry("articleId", "a-mdc")
                .containsEntry("submissionId", "s-article");
    }

    @Test
    void prometheusShowsDeadLettersByTopicAndCauseAndTheConsumerLag() throws Exception {
        template.send(new ProducerRecord<>(Topics.SUBMISSIONS, "s-poison", "{oops".getBytes(StandardCharsets.UTF_8)))
                .get();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get("/actuator/prometheus").body())
                .contains("newsflow_dlt_records_total{application=\"operability-test\",cause=\"malformed\","
                        + "topic=\"newsflow.submissions.DLT\"} 1.0"));
        String metrics = get("/actuator/prometheus").body();
        // Consumer lag per listener (Micrometer listeners on the factories): a stuck consumer shows here.
        assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
        assertThat(metrics).contains("kafka_producer_record_send_total");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
