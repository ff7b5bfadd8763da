package io.newsflow.messaging.table;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * Consumers for readers outside any group ({@link CompactedTopicFollower}): the service's own Kafka
 * settings without group, nothing committed, from the earliest offset, a client id of their own.
 */
public final class OutsideGroupConsumers {

    /** Records per poll: a table is read in bulk at start-up. */
    static final int MAX_POLL_RECORDS = 500;

    private OutsideGroupConsumers() {
    }

    /** The consumer settings; {@code clientPrefix} names the reader in the broker's logs and metrics. */
    public static Map<String, Object> config(KafkaProperties kafka, String clientPrefix) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A reader must not create the topic it waits for: the declaring service creates it compacted.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG,
                (int) CompactedTopicFollower.PARTITION_CHECK_INTERVAL.toMillis());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientPrefix + "-" + UUID.randomUUID());
        return config;
    }

    /** A new consumer with {@link #config} each time it is called. */
    public static Supplier<Consumer<String, byte[]>> supplier(KafkaProperties kafka, String clientPrefix) {
        return () -> new KafkaConsumer<>(config(kafka, clientPrefix), new StringDeserializer(),
                new ByteArrayDeserializer());
    }
}
