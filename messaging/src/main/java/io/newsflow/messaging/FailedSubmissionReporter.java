package io.newsflow.messaging;

import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Makes a dead-lettered record visible: the submission it belongs to ends FAILED, with MALFORMED_EVENT
 * when the record could not be read and otherwise the reason of the stage that gave up
 * (PROCESSING_FAILED for a submission, ENRICHMENT_FAILED for an extracted article, STORE_FAILED for an
 * enriched one). The submission id is read leniently (the key of a submission record, or any JSON object
 * with a {@code submissionId}), so even a record of an unknown schema version reports its failure. A
 * record too broken to name its submission, and any status record (reporting it as a status would
 * loop), stays in the DLT with the error in its headers and is logged.
 */
public class FailedSubmissionReporter implements DeadLetterObserver {

    private static final Logger log = LoggerFactory.getLogger(FailedSubmissionReporter.class);

    /** The reason of the stage that consumes each topic, when retries ran out. */
    private static final Map<String, String> GAVE_UP_REASON = Map.of(
            Topics.SUBMISSIONS, ReasonCodes.PROCESSING_FAILED,
            Topics.ARTICLES_EXTRACTED, ReasonCodes.ENRICHMENT_FAILED,
            Topics.ARTICLES_ENRICHED, ReasonCodes.STORE_FAILED);

    private final EventCodec codec;
    private final EventPublisher publisher;
    private final Clock clock;
    private final String service;

    public FailedSubmissionReporter(EventCodec codec, EventPublisher publisher, Clock clock, String service) {
        this.codec = codec;
        this.publisher = publisher;
        this.clock = clock;
        this.service = service;
    }

    @Override
    public void onDeadLetter(ConsumerRecord<?, ?> record, Exception cause) {
        String gaveUp = GAVE_UP_REASON.get(record.topic());
        JsonNode event = record.value() instanceof byte[] value ? codec.readObjectOrNull(value) : null;
        String submissionId = gaveUp == null ? null : submissionIdOf(record, event);
        if (submissionId == null) {
            log.error("record {}-{}@{} without a readable submission sent to {}: {}", record.topic(),
                    record.partition(), record.offset(), Topics.deadLetterOf(record.topic()), rootMessage(cause));
            return;
        }
        String articleId = Topics.SUBMISSIONS.equals(record.topic()) ? null
                : text(event, "articleId") != null ? text(event, "articleId")
                : record.key() instanceof String key ? key : null;
        String reason = hasMalformedCause(cause) ? ReasonCodes.MALFORMED_EVENT : gaveUp;
        try {
            publisher.publish(Topics.SUBMISSION_STATUS, new SubmissionStatusChanged(submissionId, text(event, "url"),
                    articleId, SubmissionState.FAILED, reason, rootMessage(cause), service, clock.instant()))
                    .whenComplete((sent, error) -> {
                        if (error != null) {
                            log.error("could not report dead-lettered submission {} as FAILED", submissionId, error);
                        }
                    });
        } catch (RuntimeException e) {
            // An observer must not throw: the record is in the DLT either way.
            log.error("could not report dead-lettered submission {} as FAILED", submissionId, e);
        }
    }

    /** A submission record's key is its id; an article record names its submission in the body. */
    private static String submissionIdOf(ConsumerRecord<?, ?> record, JsonNode event) {
        if (Topics.SUBMISSIONS.equals(record.topic())) {
            return record.key() instanceof String key && !key.isBlank() ? key : null;
        }
        return text(event, "submissionId");
    }

    private static String text(JsonNode event, String field) {
        JsonNode node = event == null ? null : event.get(field);
        return node == null || !node.isString() || node.asString().isBlank() ? null : node.asString();
    }

    static boolean hasMalformedCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MalformedEventException) {
                return true;
            }
        }
        return false;
    }

    /** "ExceptionClass: message" of the innermost cause: what an operator needs first. */
    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
