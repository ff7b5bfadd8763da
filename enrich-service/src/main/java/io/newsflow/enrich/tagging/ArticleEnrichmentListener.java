package io.newsflow.enrich.tagging;

import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.config.EnrichProperties;
import io.newsflow.enrich.corpus.CorpusDocuments;
import io.newsflow.enricher.CorpusIndex;
import io.newsflow.enricher.Document;
import io.newsflow.enricher.Enricher;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Enriches each extracted article (the consumer group splits partitions among the service's copies),
 * publishes it enriched, gives each earlier related article a link back to it, then reports ENRICHED. A failure is retried by the shared error handler and
 * then dead-lettered and reported FAILED; the offset is committed only after both events are acked.
 */
@Component
class ArticleEnrichmentListener {

    private static final Logger log = LoggerFactory.getLogger(ArticleEnrichmentListener.class);
    static final String SERVICE = "enrich-service";
    static final String DURATION_METRIC = "newsflow.enrichment.duration";

    private final EventCodec codec;
    private final EventPublisher publisher;
    private final Enricher enricher;
    private final CorpusIndex corpus;
    private final EnrichProperties props;
    private final Clock clock;
    private final RelatedLinkPublisher backLinks;
    private final Timer duration;

    ArticleEnrichmentListener(EventCodec codec, EventPublisher publisher, Enricher enricher, CorpusIndex corpus,
                              EnrichProperties props, Clock clock, RelatedLinkPublisher backLinks,
                              MeterRegistry meters) {
        this.codec = codec;
        this.publisher = publisher;
        this.enricher = enricher;
        this.corpus = corpus;
        this.props = props;
        this.clock = clock;
        this.backLinks = backLinks;
        this.duration = Timer.builder(DURATION_METRIC)
                .description("Time to enrich one article (language, entities, key phrases, topics, embedding, related)")
                .publishPercentileHistogram()
                .register(meters);
    }

    @KafkaListener(id = "enrich-articles", topics = Topics.ARTICLES_EXTRACTED, groupId = "newsflow-enrich")
    void onArticleExtracted(ConsumerRecord<String, byte[]> record) throws Exception {
        if (record.value() == null) {
            return;   // a tombstone deletes an article: nothing to enrich (the corpus feed removes it)
        }
        ArticleExtracted article = codec.decode(record.value(), ArticleExtracted.class);
        Document document = CorpusDocuments.of(article);
        long started = System.nanoTime();
        io.newsflow.enricher.Enrichment result = enricher.enrich(document, props.relatedLimit());
        duration.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        // Index it here as well as through the corpus feed, so the next article on this copy sees it at once.
        corpus.add(document);
        ArticleEnriched enriched = new ArticleEnriched(article.articleId(), article.submissionId(), article.url(),
                article.canonicalUrl(), article.revision(), article.content(),
                EnrichmentMapper.toContract(result, article, props.minRelatedScore()), article.source());
        await(publisher.publish(Topics.ARTICLES_ENRICHED, enriched));
        await(backLinks.publishBackLinks(enriched));
        await(publisher.publish(Topics.SUBMISSION_STATUS, new SubmissionStatusChanged(article.submissionId(),
                article.url(), article.articleId(), SubmissionState.ENRICHED, null,
                enriched.enrichment().tags().size() + " tags, " + enriched.enrichment().related().size()
                        + " related", SERVICE, clock.instant())));
        log.info("enriched article {} (submission {}) in {} ms", article.articleId(), article.submissionId(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void await(java.util.concurrent.CompletableFuture<?> sent)
            throws ExecutionException, InterruptedException, TimeoutException {
        sent.get(props.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
