package io.newsflow.messaging.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** The table reader against a real (embedded KRaft) broker. */
@EmbeddedKafka(partitions = 2)
class CompactedTopicFollowerIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Shorter than the production half-minute, so the added-partitions test is quick. */
    private static final Duration PARTITION_CHECK = Duration.ofSeconds(1);
    private static final AtomicInteger TOPICS = new AtomicInteger();

    private final EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
    private final Map<String, String> table = new ConcurrentHashMap<>();
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private KafkaProducer<String, byte[]> producer;
    private Admin admin;
    private CompactedTopicFollower follower;
    private String topic;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
        topic = "table-" + TOPICS.incrementAndGet();
    }

    @AfterEach
    void close() {
        if (follower != null) {
            follower.stop();
        }
        producer.close();
        admin.close();
    }

    @Test
    void startReturnsWithTheTopicReadToItsEndThenFollowsNewRecords() throws Exception {
        createTopic(topic, 2);
        send("a", "1");
        send("b", "1");
        send("a", "2");
        send("b", null);   // a tombstone removes b
        AtomicInteger caughtUpCalls = new AtomicInteger();
        follower = follower(List.of(topic), Duration.ofSeconds(30), caughtUpCalls::incrementAndGet);

        follower.start();

        assertThat(follower.isCaughtUp()).isTrue();
        assertThat(caughtUpCalls).hasValue(1);
        assertThat(table).containsExactly(Map.entry("a", "2"));
        send("c", "1");
        await().atMost(WAIT).untilAsserted(() -> assertThat(table).containsEntry("c", "1"));
        assertThat(caughtUpCalls).hasValue(1);
    }

    @Test
    void aRecordTheHandlerCannotTakeIsSkippedAndTheRestApplied() throws Exception {
        createTopic(topic, 1);
        send("a", "1");
        send("bad", "boom");
        send("b", "1");
        follower = follower(List.of(topic), Duration.ofSeconds(30), null);

        follower.start();

        assertThat(table).containsOnlyKeys("a", "b");
        assertThat(applied).containsExactly("a", "b");
    }

    @Test
    void aTopicCreatedAfterStartIsReadWhenItAppears() throws Exception {
        follower = follower(List.of(topic), Duration.ZERO, null);
        follower.start();
        assertThat(follower.isCaughtUp()).isFalse();

        createTopic(topic, 1);
        send("a", "1");

        await().atMost(WAIT).untilAsserted(() -> assertThat(table).containsEntry("a", "1"));
        assertThat(follower.awaitCaughtUp(WAIT)).isTrue();
    }

    @Test
    void severalTopicsAreReadAsOneTable() throws Exception {
        String other = topic + "-other";
        createTopic(topic, 1);
        createTopic(other, 2);
        send("a", "1");
        producer.send(new ProducerRecord<>(other, "z", bytes("9"))).get();
        follower = follower(List.of(topic, other), Duration.ofSeconds(30), null);

        follower.start();

        assertThat(table).containsOnly(Map.entry("a", "1"), Map.entry("z", "9"));
    }

    @Test
    void stopEndsTheReaderAndAStoppedFollowerAppliesNothing() throws Exception {
        createTopic(topic, 1);
        follower = follower(List.of(topic), Duration.ofSeconds(30), null);
        follower.start();
        follower.stop();
        assertThat(follower.isRunning()).isFalse();

        send("late", "1");
        Thread.sleep(1_000);

        assertThat(table).doesNotContainKey("late");
    }

    @Test
    void partitionsAddedLaterAreReadFromTheirBeginning() throws Exception {
        createTopic(topic, 1);
        follower = follower(List.of(topic), Duration.ofSeconds(30), null);
        follower.start();
        admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(2))).all().get();
        producer.send(new ProducerRecord<>(topic, 1, "in-new-partition", bytes("1"))).get();

        await().atMost(WAIT).untilAsserted(() -> assertThat(table).containsKey("in-new-partition"));
    }

    @Test
    void aHandlerThatKeptItsTableResumesWhereItLeftOffAndPartitionsItDoesNotKnowAreReadWhole() throws Exception {
        createTopic(topic, 2);
        producer.send(new ProducerRecord<>(topic, 0, "old", bytes("1"))).get();
        producer.send(new ProducerRecord<>(topic, 0, "new", bytes("1"))).get();
        producer.send(new ProducerRecord<>(topic, 1, "other", bytes("1"))).get();
        Map<TopicPartition, Long> seenEnds = new ConcurrentHashMap<>();
        CompactedTopicFollower.RecordHandler rows = record -> applied.add(record.key());
        follower = new CompactedTopicFollower("test-follower", List.of(topic), consumers(),
                new CompactedTopicFollower.RecordHandler() {
                    @Override
                    public void apply(ConsumerRecord<String, byte[]> record) {
                        rows.apply(record);
                    }

                    @Override
                    public Map<TopicPartition, Long> resumeFrom(Map<TopicPartition, Long> endOffsets) {
                        seenEnds.putAll(endOffsets);
                        return Map.of(new TopicPartition(topic, 0), 1L);   // "old" was applied before a restart
                    }
                }, Duration.ofSeconds(30), null, PARTITION_CHECK);

        follower.start();

        assertThat(applied).containsExactlyInAnyOrder("new", "other");
        assertThat(seenEnds).containsOnly(Map.entry(new TopicPartition(topic, 0), 2L),
                Map.entry(new TopicPartition(topic, 1), 1L));
    }

    private CompactedTopicFollower follower(List<String> topics, Duration startupTimeout, Runnable onCaughtUp) {
        return new CompactedTopicFollower("test-follower", topics, consumers(), record -> {
            String value = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
            if ("boom".equals(value)) {
                throw new IllegalArgumentException("unreadable row");
            }
            if (value == null) {
                table.remove(record.key());
            } else {
                table.put(record.key(), value);
                applied.add(record.key());
            }
        }, startupTimeout, onCaughtUp, PARTITION_CHECK);
    }

    private Supplier<Consumer<String, byte[]>> consumers() {
        return () -> new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, (int) PARTITION_CHECK.toMillis()), new StringDeserializer(), new ByteArrayDeserializer());
    }

    private void createTopic(String name, int partitions) throws Exception {
        admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
    }

    private void send(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value == null ? null : bytes(value))).get();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
