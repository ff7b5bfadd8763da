package io.newsflow.ingest.dedup;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.RawPageFetched;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.url.UrlNormalizer;
import io.newsflow.ingest.url.UrlRules;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.table.CompactedTopicFollower;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code newsflow.articles.extracted} and {@code newsflow.pages.raw} to the {@link ArticleIndex}
 * (read whole by a {@link CompactedTopicFollower}, so every copy of the service sees every article).
 * A tombstone teaches nothing; a record that cannot be read is refused (the follower logs and skips it).
 */
final class ArticleLogRecords implements CompactedTopicFollower.RecordHandler {

    static final List<String> TOPICS = List.of(Topics.ARTICLES_EXTRACTED, Topics.PAGES_RAW);
    private static final Logger log = LoggerFactory.getLogger(ArticleLogRecords.class);

    private final ArticleIndex index;
    private final EventCodec codec;

    ArticleLogRecords(ArticleIndex index, EventCodec codec) {
        this.index = index;
        this.codec = codec;
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        if (Topics.ARTICLES_EXTRACTED.equals(record.topic())) {
            index.apply(codec.decode(record.value(), ArticleExtracted.class));
            return;
        }
        RawPageFetched page = codec.decode(record.value(), RawPageFetched.class);
        if (page.url() == null || UrlRules.problemWith(page.url()).isPresent()) {
            throw new IllegalArgumentException("a raw page without a valid URL");
        }
        index.apply(page, UrlNormalizer.normalize(UrlRules.parse(page.url())));
    }

    void caughtUp() {
        log.info("article index read: {} articles", index.articleCount());
    }
}
