package io.newsflow.enrich.corpus;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.config.EnrichProperties;
import io.newsflow.enricher.CorpusIndex;
import io.newsflow.enricher.Enricher;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.table.CompactedTopicFollower;
import io.newsflow.messaging.table.OutsideGroupConsumers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enrichment engine and the corpus index it ranks related articles from. */
@Configuration(proxyBeanMethods = false)
class CorpusConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CorpusConfiguration.class);

    /**
     * In {@code newsflow.enrich.corpus-dir} when set, else in memory. A directory another process holds (two
     * copies given one volume) cannot be shared: this copy then keeps its corpus in memory and says so.
     */
    @Bean(destroyMethod = "close")
    CorpusIndex corpusIndex(EnrichProperties props) {
        if (props.corpusDir() == null) {
            return CorpusIndex.inMemory();
        }
        try {
            Files.createDirectories(props.corpusDir());
            CorpusIndex corpus = CorpusIndex.open(props.corpusDir());
            log.info("corpus index in {}: {} articles kept from the last run", props.corpusDir(), corpus.size());
            return corpus;
        } catch (LockObtainFailedException e) {
            log.warn("corpus directory {} is in use by another process (give each copy its own): keeping this"
                    + " copy's corpus in memory", props.corpusDir());
            return CorpusIndex.inMemory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the corpus index in " + props.corpusDir(), e);
        }
    }

    @Bean
    Enricher enricher(CorpusIndex corpus) {
        return new Enricher(corpus);
    }

    @Bean
    CorpusRecords corpusRecords(CorpusIndex corpus, EventCodec codec, MeterRegistry meters) {
        return new CorpusRecords(corpus, codec, meters);
    }

    /**
     * How long start-up waits for the corpus feed to reach the topic's end when the index was kept on disk:
     * it reads only what came while the service was down (seconds), and enrichment that starts after it
     * links articles to everything published meanwhile. An in-memory index is not waited for: reading a
     * large corpus whole takes minutes, and enrichment meanwhile ranks related articles from what is read.
     */
    static final Duration KEPT_CORPUS_STARTUP_WAIT = Duration.ofSeconds(60);

    /** Reads {@code newsflow.articles.extracted} into the corpus and follows it, from where a kept index ends. */
    @Bean
    CompactedTopicFollower corpusFeed(KafkaProperties kafka, CorpusIndex corpus, CorpusRecords records) {
        return new CompactedTopicFollower("corpus-feed", List.of(Topics.ARTICLES_EXTRACTED),
                OutsideGroupConsumers.supplier(kafka, "newsflow-corpus-feed"), records,
                corpus.onDisk() ? KEPT_CORPUS_STARTUP_WAIT : Duration.ZERO,
                () -> log.info("corpus read: {} articles", corpus.size()));
    }

    /** Commits an on-disk index with the feed's positions; nothing to keep for one in memory. */
    @Bean
    CorpusCheckpoints corpusCheckpoints(EnrichProperties props, CorpusIndex corpus, CorpusRecords records) {
        return new CorpusCheckpoints(corpus, records, corpus.onDisk() ? props.corpusCommitInterval()
                : Duration.ZERO);
    }
}
