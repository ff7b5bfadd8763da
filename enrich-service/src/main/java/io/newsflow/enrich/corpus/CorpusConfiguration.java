package io.newsflow.enrich.corpus;

import io.newsflow.enricher.CorpusIndex;
import io.newsflow.enricher.Enricher;
import io.newsflow.messaging.EventCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;

/** The enrichment engine and the corpus index it ranks related articles from. */
@Configuration(proxyBeanMethods = false)
class CorpusConfiguration {

    @Bean(destroyMethod = "close")
    CorpusIndex corpusIndex() {
        return CorpusIndex.inMemory();
    }

    @Bean
    Enricher enricher(CorpusIndex corpus) {
        return new Enricher(corpus);
    }

    @Bean
    CorpusFeed corpusFeed(ConsumerFactory<String, byte[]> consumerFactory, CorpusIndex corpus, EventCodec codec) {
        return new CorpusFeed(consumerFactory, corpus, codec);
    }
}
