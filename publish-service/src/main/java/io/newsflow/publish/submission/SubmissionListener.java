package io.newsflow.publish.submission;

import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventCodec;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.stream.LiveEvents;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records every status event of every stage (this service's own PUBLISHED/DUPLICATE/FAILED included)
 * and shows new ones on the live stream. Its own consumer group, so status history never waits behind
 * article storage.
 */
@Component
class SubmissionListener {

    private final EventCodec codec;
    private final SubmissionStore store;
    private final LiveEvents liveEvents;
    private final PublishProperties props;

    SubmissionListener(EventCodec codec, SubmissionStore store, LiveEvents liveEvents, PublishProperties props) {
        this.codec = codec;
        this.store = store;
        this.liveEvents = liveEvents;
        this.props = props;
    }

    @KafkaListener(id = "publish-statuses", topics = Topics.SUBMISSION_STATUS, groupId = "newsflow-publish-status")
    void onStatusChanged(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try (var submissionId = MDC.putCloseable("submissionId", record.key())) {
            SubmissionStatusChanged status = withTime(codec.decode(record.value(), SubmissionStatusChanged.class), record);
            try (var articleId = MDC.putCloseable("articleId", status.articleId())) {
                Boolean appended = store.record(status).block(props.storeTimeout());
                // Reading the whole view back is a third round trip per status: only for live subscribers.
                if (Boolean.TRUE.equals(appended) && liveEvents.hasSubscribers(LiveEvents.Channel.SUBMISSIONS)) {
                    store.find(status.submissionId()).blockOptional(props.storeTimeout())
                            .ifPresent(view -> liveEvents.publish(LiveEvents.Channel.SUBMISSIONS, view.id(), view));
                }
            }
        }
    }

    /** An event without a time gets the record's: deterministic, so a redelivery is still recognised. */
    private static SubmissionStatusChanged withTime(SubmissionStatusChanged status, ConsumerRecord<?, ?> record) {
        if (status.at() != null) {
            return status;
        }
        return new SubmissionStatusChanged(status.schemaVersion(), status.submissionId(), status.url(),
                status.articleId(), status.state(), status.reasonCode(), status.message(), status.service(),
                Instant.ofEpochMilli(record.timestamp()), status.duplicateOf());
    }
}
