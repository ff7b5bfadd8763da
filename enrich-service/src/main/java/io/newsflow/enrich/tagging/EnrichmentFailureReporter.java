package io.newsflow.enrich.tagging;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.DeadLetterObserver;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.messaging.MalformedEventException;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes a dead-lettered article visible: its submission ends FAILED with ENRICHMENT_FAILED. A record
 * too broken to name its submission is only in the DLT (with the error in its headers) and logged.
 */
@Component
class EnrichmentFailureReporter implements DeadLetterObserver {

    private static final Logger log = LoggerFactory.getLogger(EnrichmentFailureReporter.class);

    private final EventCodec codec;
    private final EventPublisher publisher;
    private final Clock clock;

    EnrichmentFailureReporter(EventCodec codec, EventPublisher publisher, Clock clock) {
        this.codec = codec;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void onDeadLetter(ConsumerRecord<?, ?> record, Exception cause) {
        if (!Topics.ARTICLES_EXTRACTED.equals(record.topic()) || !(record.value() instanceof byte[] value)) {
            return;
        }
        try {
            ArticleExtracted article = codec.decode(value, ArticleExtracted.class);
            if (article.submissionId() == null) {
                return;
            }
            publisher.publish(Topics.SUBMISSION_STATUS, new SubmissionStatusChanged(article.submissionId(),
                    article.url(), article.articleId(), SubmissionState.FAILED, ReasonCodes.ENRICHMENT_FAILED,
                    rootMessage(cause), ArticleEnrichmentListener.SERVICE, clock.instant()));
        } catch (MalformedEventException e) {
            log.error("malformed record {}-{}@{} sent to {}: {}", record.topic(), record.partition(), record.offset(),
                    Topics.deadLetterOf(record.topic()), e.getMessage());
        }
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
