package io.newsflow.enrich.corpus;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.enricher.CorpusIndex;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.table.CompactedTopicFollower;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the corpus index equal to the compacted articles topic, applied by a {@link CompactedTopicFollower}
 * so every copy of enrich-service sees the whole corpus (like a Kafka Streams global table) while the
 * group listener splits the enrichment work. A tombstone deletes the article; an article the listener
 * already indexed unchanged is a no-op in the index. A record that cannot be read is refused (the
 * follower logs and skips it; the group listener dead-letters and reports it).
 *
 * <p>It also knows how far it has read each partition ({@link #positions()}): an index kept on disk commits
 * them with its documents ({@link CorpusCheckpoints}), and after a restart reading resumes there. Positions
 * past a partition's end mean the topic was recreated (a new broker, a reset environment): the index no
 * longer mirrors it, so it is cleared and the topic read whole.
 */
final class CorpusRecords implements CompactedTopicFollower.RecordHandler {

    static final String APPLIED_COUNTER = "newsflow.corpus.records";
    private static final Logger log = LoggerFactory.getLogger(CorpusRecords.class);

    private final CorpusIndex corpus;
    private final EventCodec codec;
    /** Per partition the next offset to read: everything before it is in the index. */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final Counter applied;

    CorpusRecords(CorpusIndex corpus, EventCodec codec, MeterRegistry meters) {
        this.corpus = corpus;
        this.codec = codec;
        this.applied = Counter.builder(APPLIED_COUNTER)
                .description("records of the articles topic applied to the corpus index (tombstones included)")
                .register(meters);
        positions.putAll(CorpusPositions.decode(corpus.committedData()));
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.value() == null) {
                if (record.key() != null) {
                    corpus.remove(record.key());
                }
                return;
            }
            corpus.add(CorpusDocuments.of(codec.decode(record.value(), ArticleExtracted.class)));
        } finally {
            // a record refused (unreadable) is done with too: reading it again would refuse it again
            positions.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            applied.increment();
        }
    }

    @Override
    public Map<TopicPartition, Long> resumeFrom(Map<TopicPartition, Long> endOffsets) {
        boolean recreated = positions.entrySet().stream().anyMatch(position -> {
            Long end = endOffsets.get(position.getKey());
            return end == null || position.getValue() > end;
        });
        if (recreated) {
            log.warn("the corpus index was read further than {} holds now ({} against ends {}): the topic was"
                    + " recreated, reading it whole into an emptied index", endOffsets.keySet(), positions, endOffsets);
            corpus.clear();
            positions.clear();
        }
        return Map.copyOf(positions);
    }

    /** How far each partition has been applied to the index. */
    Map<TopicPartition, Long> positions() {
        return Map.copyOf(positions);
    }
}
