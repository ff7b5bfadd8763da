package io.newsflow.publish.article;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.publish.article.ArticleStore.StoreResult;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.stream.LiveEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Stores each enriched article, then tells its submission (PUBLISHED or DUPLICATE), the live stream
 * and the webhooks ({@link ArticleWritten}). The offset is committed only after the store and the
 * status event are acknowledged; a failure is retried by the shared error handler, then dead-lettered
 * and reported FAILED by the shared {@code FailedSubmissionReporter} (STORE_FAILED). Handling a record
 * twice changes nothing and emits the same status. Logs carry {@code articleId} and {@code submissionId}
 * in the MDC. Timer {@code newsflow.publish.latency}: from the fetch to the stored article.
 */
@Component
class ArticleListener {

    static final String LATENCY_TIMER = "newsflow.publish.latency";
    private static final Logger log = LoggerFactory.getLogger(ArticleListener.class);

    private final EventCodec codec;
    private final ArticleStore store;
    private final EventPublisher publisher;
    private final LiveEvents liveEvents;
    private final ApplicationEventPublisher applicationEvents;
    private final PublishProperties props;
    private final Clock clock;
    private final Timer latency;

    ArticleListener(EventCodec codec, ArticleStore store, EventPublisher publisher, LiveEvents liveEvents,
                    ApplicationEventPublisher applicationEvents, PublishProperties props, Clock clock,
                    MeterRegistry meters) {
        this.codec = codec;
        this.store = store;
        this.publisher = publisher;
        this.liveEvents = liveEvents;
        this.applicationEvents = applicationEvents;
        this.props = props;
        this.clock = clock;
        this.latency = Timer.builder(LATENCY_TIMER)
                .description("time from the page fetch to the enriched article stored")
                .publishPercentileHistogram().register(meters);
    }

    @KafkaListener(id = "publish-articles", topics = Topics.ARTICLES_ENRICHED, groupId = "newsflow-publish")
    void onArticleEnriched(ConsumerRecord<String, byte[]> record) throws Exception {
        if (record.value() == null) {
            // A tombstone on the compacted topic; deleting articles is not part of the contract yet.
            log.warn("ignoring tombstone for article {}", record.key());
            return;
        }
        try (var articleId = MDC.putCloseable("articleId", record.key())) {
            ArticleEnriched article = codec.decode(record.value(), ArticleEnriched.class);
            try (var submissionId = MDC.putCloseable("submissionId", article.submissionId())) {
                handle(article);
            }
        }
    }

    private void handle(ArticleEnriched article) throws Exception {
        StoreResult result = store.store(article).block(props.storeTimeout());
        SubmissionStatusChanged status = PublicationStatus.of(article, result);
        if (status != null) {
            publisher.publish(Topics.SUBMISSION_STATUS, status)
                    .get(props.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        if (result.decision() == RevisionDecision.INSERT || result.decision() == RevisionDecision.REPLACE) {
            latency.record(Duration.between(article.revision().fetchedAt(), clock.instant()).abs());
            liveEvents.publish(LiveEvents.Channel.ARTICLES, article.articleId(),
                    ArticleDocuments.toSummary(result.document(), props.summaryTags()), result.document());
            applicationEvents.publishEvent(new ArticleWritten(article.articleId(), result.document()));
        }
        log.info("article {} (submission {}): {}", article.articleId(), article.submissionId(), result.decision());
    }
}
