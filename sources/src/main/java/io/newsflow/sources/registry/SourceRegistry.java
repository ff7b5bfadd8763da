package io.newsflow.sources.registry;

import io.newsflow.contracts.SourceSubscription;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventPublisher;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * All subscriptions, as the latest record per sourceId on the compacted {@code newsflow.sources} topic.
 *
 * <p>Writes go to the topic and are applied here once the broker acknowledged them (read-your-writes on
 * this instance); {@link SubscriptionRecords} applies every record of the topic, this instance's and
 * the others', so all instances converge. Each key remembers the offset of the record it came from and an
 * older record never replaces a newer one, so the follower catching up cannot undo a local write.
 * A removal is kept as a marker with its offset for the same reason.
 */
public class SourceRegistry {

    /**
     * Bound of one write. The producer itself waits up to its delivery timeout (60 s); an API caller
     * should hear sooner that the broker is not answering.
     */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(15);

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final EventPublisher publisher;
    private final KafkaTemplate<String, byte[]> template;
    private volatile boolean ready;

    public SourceRegistry(EventPublisher publisher, KafkaTemplate<String, byte[]> template) {
        this.publisher = publisher;
        this.template = template;
    }

    public Optional<SourceSubscription> find(String sourceId) {
        Entry entry = entries.get(sourceId);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.subscription());
    }

    /** Every live subscription, oldest first. */
    public List<SourceSubscription> all() {
        return entries.values().stream()
                .map(Entry::subscription)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(SourceSubscription::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SourceSubscription::sourceId))
                .toList();
    }

    /** True once the whole topic as it was at start-up has been read. */
    public boolean isReady() {
        return ready;
    }

    /** Writes the subscription (new or updated); completes when the broker acknowledged it. */
    public Mono<SourceSubscription> save(SourceSubscription subscription) {
        return Mono.fromFuture(() -> publisher.publish(Topics.SOURCES, subscription))
                .subscribeOn(Schedulers.boundedElastic())   // a producer may block on metadata
                .timeout(WRITE_TIMEOUT)
                .doOnNext(result -> apply(subscription.sourceId(), subscription, result.getRecordMetadata()))
                .thenReturn(subscription);
    }

    /** Writes the tombstone of {@code sourceId}; completes when the broker acknowledged it. */
    public Mono<Void> remove(String sourceId) {
        return Mono.fromFuture(() -> template.send(Topics.SOURCES, sourceId, null))
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(WRITE_TIMEOUT)
                .doOnNext(result -> apply(sourceId, null, result.getRecordMetadata()))
                .then();
    }

    /** Applies a record read from the topic (value null = tombstone). */
    void apply(String sourceId, SourceSubscription subscription, int partition, long offset) {
        entries.merge(sourceId, new Entry(subscription, partition, offset),
                (current, candidate) -> candidate.isNewerThan(current) ? candidate : current);
    }

    void markReady() {
        ready = true;
    }

    private void apply(String sourceId, SourceSubscription subscription, RecordMetadata metadata) {
        apply(sourceId, subscription, metadata.partition(), metadata.offset());
    }

    /** A subscription (null once removed) and the position of the record it came from. */
    record Entry(SourceSubscription subscription, int partition, long offset) {

        boolean isNewerThan(Entry other) {
            // Same key => same partition, unless the topic was re-partitioned: then trust the newer arrival.
            return partition != other.partition || offset >= other.offset;
        }
    }
}
