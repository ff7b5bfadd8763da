package io.newsflow.enrich.corpus;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.enricher.CorpusIndex;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.table.CompactedTopicFollower;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps the corpus index equal to the compacted articles topic, applied by a {@link CompactedTopicFollower}
 * so every copy of enrich-service sees the whole corpus (like a Kafka Streams global table) while the
 * group listener splits the enrichment work. A tombstone deletes the article; an article the listener
 * already indexed unchanged is a no-op in the index. A record that cannot be read is refused (the
 * follower logs and skips it; the group listener dead-letters and reports it).
 */
final class CorpusRecords implements CompactedTopicFollower.RecordHandler {

    private final CorpusIndex corpus;
    private final EventCodec codec;

    CorpusRecords(CorpusIndex corpus, EventCodec codec) {
        this.corpus = corpus;
        this.codec = codec;
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            if (record.key() != null) {
                corpus.remove(record.key());
            }
            return;
        }
        corpus.add(CorpusDocuments.of(codec.decode(record.value(), ArticleExtracted.class)));
    }
}
