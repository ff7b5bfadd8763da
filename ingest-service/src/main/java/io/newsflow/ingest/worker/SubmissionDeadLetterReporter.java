package io.newsflow.ingest.worker;

import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.SubmissionRequested;
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
 * Makes a dead-lettered submission visible: when its key (the submission id) is known, the submission
 * ends FAILED with MALFORMED_EVENT (unreadable record) or PROCESSING_FAILED (retries exhausted). A record
 * without a key is only in the DLT, with the error in its headers, and logged.
 */
@Component
class SubmissionDeadLetterReporter implements DeadLetterObserver {

    private static final Logger log = LoggerFactory.getLogger(SubmissionDeadLetterReporter.class);

    private final EventCodec codec;
    private final EventPublisher publisher;
    private final Clock clock;

    SubmissionDeadLetterReporter(EventCodec codec, EventPublisher publisher, Clock clock) {
        this.codec = codec;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void onDeadLetter(ConsumerRecord<?, ?> record, Exception cause) {
        if (!Topics.SUBMISSIONS.equals(record.topic())) {
            return;
        }
        if (!(record.key() instanceof String submissionId) || submissionId.isBlank()) {
            log.error("submission record {}-{}@{} without a key sent to {}: {}", record.topic(), record.partition(),
                    record.offset(), Topics.deadLetterOf(record.topic()), rootMessage(cause));
            return;
        }
        boolean malformed = hasCause(cause, MalformedEventException.class);
        try {
            publisher.publish(Topics.SUBMISSION_STATUS, new SubmissionStatusChanged(submissionId, urlOf(record), null,
                    SubmissionState.FAILED, malformed ? ReasonCodes.MALFORMED_EVENT : ReasonCodes.PROCESSING_FAILED,
                    rootMessage(cause), StatusReporter.SERVICE, clock.instant()))
                    .whenComplete((sent, error) -> {
                        if (error != null) {
                            log.error("could not report dead-lettered submission {} as FAILED", submissionId, error);
                        }
                    });
        } catch (RuntimeException e) {
            log.error("could not report dead-lettered submission {} as FAILED", submissionId, e);
        }
    }

    /** The submitted URL when the record is still readable (it failed for another reason), else null. */
    private String urlOf(ConsumerRecord<?, ?> record) {
        if (record.value() instanceof byte[] value) {
            try {
                return codec.decode(value, SubmissionRequested.class).url();
            } catch (MalformedEventException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
