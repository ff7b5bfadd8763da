package io.newsflow.sources.registry;

import io.newsflow.contracts.SourceSubscription;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.table.CompactedTopicFollower;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies the records of {@code newsflow.sources} to the {@link SourceRegistry}, this instance's writes
 * and every other instance's (read by a {@link CompactedTopicFollower}); the registry is ready once the
 * follower has caught up ({@link #markReady}). A record without key or that cannot be read is refused
 * (the follower logs and skips it).
 */
public final class SubscriptionRecords implements CompactedTopicFollower.RecordHandler {

    private final SourceRegistry registry;
    private final EventCodec codec;

    public SubscriptionRecords(SourceRegistry registry, EventCodec codec) {
        this.registry = registry;
        this.codec = codec;
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            throw new IllegalArgumentException("a subscription record without key");
        }
        SourceSubscription subscription = record.value() == null ? null
                : codec.decode(record.value(), SourceSubscription.class);
        registry.apply(record.key(), subscription, record.partition(), record.offset());
    }

    /** The whole topic is read: the API and the poller may use the registry. */
    public void markReady() {
        registry.markReady();
    }
}
