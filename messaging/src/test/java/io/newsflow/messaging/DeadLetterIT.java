package io.newsflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.CloudEventHeaders;
import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.net.ConnectException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * The shared messaging set-up against a real (embedded KRaft) broker: events leave with CloudEvents
 * headers, and a record no listener can read ends in the DLT with the error in its headers, once,
 * after which the listener goes on with the next record.
 */
@SpringBootTest(classes = DeadLetterIT.TestApp.class, properties = {
        "spring.application.name=messaging-test",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "newsflow.kafka.retry-attempts=1",
        "newsflow.kafka.retry-initial-interval=50ms",
        "newsflow.kafka.max-event-bytes=2000"})
@EmbeddedKafka(partitions = 1)
class DeadLetterIT {

    @SpringBootApplication
    static class TestApp {

        final List<SubmissionRequested> received = new CopyOnWriteArrayList<>();
        final List<String> deadLettered = new CopyOnWriteArrayList<>();
        private final EventCodec codec;

        TestApp(EventCodec codec) {
            this.codec = codec;
        }

        @KafkaListener(topics = Topics.SUBMISSIONS, groupId = "messaging-test")
        void on(ConsumerRecord<String, byte[]> record) {
            received.add(codec.decode(record.value(), SubmissionRequested.class));
        }

        final AtomicInteger outageFailuresLeft = new AtomicInteger(4);
        final List<String> relatedProcessed = new CopyOnWriteArrayList<>();

        /** Fails like a listener whose database is down, four times (more than the retry budget of one). */
        @KafkaListener(topics = Topics.ARTICLES_RELATED, groupId = "messaging-test-related")
        void onRelated(ConsumerRecord<String, byte[]> record) throws ConnectException {
            if (outageFailuresLeft.getAndDecrement() > 0) {
                throw new ConnectException("Connection refused (store down)");
            }
            relatedProcessed.add(record.key());
        }

        @Bean
        DeadLetterObserver recordingObserver() {
            return (record, cause) -> deadLettered.add(String.valueOf(record.key()));
        }
    }

    @Autowired
    TestApp app;
    @Autowired
    EventPublisher publisher;
    @Autowired
    KafkaTemplate<String, byte[]> template;
    @Autowired
    ConsumerFactory<String, byte[]> consumerFactory;

    @Test
    void publishedEventsCarryCloudEventsHeaders() throws Exception {
        publisher.publish(Topics.SUBMISSION_STATUS, new SubmissionRequested("s-headers", "https://example.org/a",
                "editor", Instant.EPOCH)).get();
        try (Consumer<String, byte[]> consumer = consumerFactory.createConsumer("headers-check", null)) {
            consumer.subscribe(List.of(Topics.SUBMISSION_STATUS));
            // The status topic may also hold FAILED reports of other tests' dead letters: find ours.
            ConsumerRecord<String, byte[]> record = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (record == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(2))) {
                    record = "s-headers".equals(r.key()) ? r : record;
                }
            }
            assertThat(record).as("the published event").isNotNull();
            assertThat(record.key()).isEqualTo("s-headers");
            assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(SubmissionRequested.TYPE);
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/newsflow/messaging-test");
            assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
            assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
        }
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsErrorAndTheNextRecordIsProcessed() throws Exception {
        template.send(new ProducerRecord<>(Topics.SUBMISSIONS, "s-poison", "{not json".getBytes(StandardCharsets.UTF_8))).get();
        publisher.publish(Topics.SUBMISSIONS, new SubmissionRequested("s-good", "https://example.org/a", "editor",
                Instant.EPOCH)).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> app.received.stream()
                .anyMatch(event -> event.submissionId().equals("s-good")));
        await().atMost(Duration.ofSeconds(30)).until(() -> app.deadLettered.contains("s-poison"));
        ConsumerRecord<String, byte[]> dead = deadLetterOf("s-poison");
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("not a valid SubmissionRequested");
        assertThat(app.deadLettered).containsOnlyOnce("s-poison");
    }

    @Test
    void aRecordFailingBecauseADependencyIsDownIsRetriedUntilItIsBackNotDeadLettered() throws Exception {
        template.send(new ProducerRecord<>(Topics.ARTICLES_RELATED, "a-outage", "{}".getBytes(StandardCharsets.UTF_8)))
                .get();
        await().atMost(Duration.ofSeconds(30)).until(() -> app.relatedProcessed.contains("a-outage"));
        assertThat(app.deadLettered).doesNotContain("a-outage");
    }

    @Test
    void anOversizedRecordReachesTheDeadLetterTopicCutToTheLimitWithItsSize() throws Exception {
        byte[] huge = ("{\"schemaVersion\":1,\"pad\":\"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);
        template.send(new ProducerRecord<>(Topics.SUBMISSIONS, "s-huge", huge)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> app.deadLettered.contains("s-huge"));
        ConsumerRecord<String, byte[]> dead = deadLetterOf("s-huge");
        assertThat(dead.value()).hasSize(2000);
        assertThat(header(dead, DeadLetterRecoverer.ORIGINAL_BYTES_HEADER)).isEqualTo(String.valueOf(huge.length));
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("exceeds the limit of 2000 bytes");
    }

    /** The record of the submissions DLT with this key (other tests put theirs there too). */
    private ConsumerRecord<String, byte[]> deadLetterOf(String key) {
        try (Consumer<String, byte[]> consumer = consumerFactory.createConsumer("dlt-check-" + key, null)) {
            consumer.subscribe(List.of(Topics.deadLetterOf(Topics.SUBMISSIONS)));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(2))) {
                    if (key.equals(r.key())) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no record with key " + key + " in the DLT");
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
