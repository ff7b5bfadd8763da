package io.newsflow.enrich.corpus;

import io.newsflow.contracts.Topics;
import io.newsflow.enricher.CorpusIndex;
import io.newsflow.enricher.Enricher;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.table.CompactedTopicFollower;
import io.newsflow.messaging.table.OutsideGroupConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/** The enrichment engine and the corpus index it ranks related articles from. */
@Configuration(proxyBeanMethods = false)
class CorpusConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CorpusConfiguration.class);

    @Bean(destroyMethod = "close")
    CorpusIndex corpusIndex() {
        return CorpusIndex.inMemory();
    }

    @Bean
    Enricher enricher(CorpusIndex corpus) {
        return new Enricher(corpus);
    }

    /**
     * Reads {@code newsflow.articles.extracted} whole into the corpus and follows it. Not waited for at
     * start-up: a large corpus takes minutes to index, and enrichment meanwhile ranks related articles
     * from what is already read.
     */
    @Bean
    CompactedTopicFollower corpusFeed(KafkaProperties kafka, CorpusIndex corpus, EventCodec codec) {
        return new CompactedTopicFollower("corpus-feed", List.of(Topics.ARTICLES_EXTRACTED),
                OutsideGroupConsumers.supplier(kafka, "newsflow-corpus-feed"), new CorpusRecords(corpus, codec),
                Duration.ZERO, () -> log.info("corpus read: {} articles", corpus.size()));
    }
}
