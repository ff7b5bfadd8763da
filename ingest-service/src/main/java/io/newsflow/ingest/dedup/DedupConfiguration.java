package io.newsflow.ingest.dedup;

import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.table.CompactedTopicFollower;
import io.newsflow.messaging.table.OutsideGroupConsumers;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The article index and the follower that fills it. */
@Configuration(proxyBeanMethods = false)
class DedupConfiguration {

    @Bean
    ArticleIndex articleIndex() {
        return new ArticleIndex();
    }

    /**
     * Start-up waits up to {@code indexStartupTimeout} for the catch-up, before the submission workers
     * start; a slower broker only means duplicates of older articles may pass meanwhile.
     */
    @Bean
    CompactedTopicFollower articleLogFollower(KafkaProperties kafka, ArticleIndex index, EventCodec codec,
                                              IngestProperties props) {
        ArticleLogRecords records = new ArticleLogRecords(index, codec);
        return new CompactedTopicFollower("newsflow-article-index", ArticleLogRecords.TOPICS,
                OutsideGroupConsumers.supplier(kafka, "newsflow-article-index"), records, props.indexStartupTimeout(),
                records::caughtUp);
    }
}
