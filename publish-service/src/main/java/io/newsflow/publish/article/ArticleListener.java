package io.newsflow.publish.article;

import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.publish.article.ArticleStore.StoreResult;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.stream.LiveEvents;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Stores each enriched article, then tells its submission (PUBLISHED or DUPLICATE) and the live
 * stream. The offset is committed only after the store and the status event are acknowledged; a
 * failure is retried by the shared error handler, then dead-lettered and reported FAILED by
 * the shared {@code FailedSubmissionReporter} (STORE_FAILED). Handling a record twice changes nothing and emits the same status.
 */
@Component
class ArticleListener {

    private static final Logger log = LoggerFactory.getLogger(ArticleListener.class);

    private final EventCodec codec;
    private final ArticleStore store;
    private final EventPublisher publisher;
    private final LiveEvents liveEvents;
    private final PublishProperties props;

    ArticleListener(EventCodec codec, ArticleStore store, EventPublisher publisher, LiveEvents liveEvents,
                    PublishProperties props) {
        this.codec = codec;
        this.store = store;
        this.publisher = publisher;
        this.liveEvents = liveEvents;
        this.props = props;
    }

    @KafkaListener(id = "publish-articles", topics = Topics.ARTICLES_ENRICHED, groupId = "newsflow-publish")
    void onArticleEnriched(ConsumerRecord<String, byte[]> record) throws Exception {
        if (record.value() == null) {
            // A tombstone on the compacted topic; deleting articles is not part of the contract yet.
            log.warn("ignoring tombstone for article {}", record.key());
            return;
        }
        ArticleEnriched article = codec.decode(record.value(), ArticleEnriched.class);
        StoreResult result = store.store(article).block(props.storeTimeout());
        SubmissionStatusChanged status = PublicationStatus.of(article, result);
        if (status != null) {
            publisher.publish(Topics.SUBMISSION_STATUS, status)
                    .get(props.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        if (result.decision() == RevisionDecision.INSERT || result.decision() == RevisionDecision.REPLACE) {
            liveEvents.publish(LiveEvents.Channel.ARTICLES, article.articleId(),
                    ArticleDocuments.toSummary(result.document(), props.summaryTags()));
        }
        log.info("article {} (submission {}): {}", article.articleId(), article.submissionId(), result.decision());
    }
}
