package io.newsflow.publish.article;

import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.DeadLetterObserver;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.messaging.MalformedEventException;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes an enriched article that could not be stored visible: its submission ends FAILED, with
 * MALFORMED_EVENT when the record could not be read as an article and STORE_FAILED otherwise. The
 * submission id is read leniently (any JSON object with a {@code submissionId} string), so even a
 * record of an unknown schema version reports its failure. A record too broken to name its
 * submission stays in the DLT (with the error in its headers) and is logged.
 */
@Component
class StoreFailureReporter implements DeadLetterObserver {

    private static final Logger log = LoggerFactory.getLogger(StoreFailureReporter.class);
    private static final JsonMapper LENIENT = JsonMapper.builder().build();

    private final EventPublisher publisher;
    private final Clock clock;

    StoreFailureReporter(EventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void onDeadLetter(ConsumerRecord<?, ?> record, Exception cause) {
        if (!Topics.ARTICLES_ENRICHED.equals(record.topic())) {
            log.error("record {}-{}@{} sent to {}: {}", record.topic(), record.partition(), record.offset(),
                    Topics.deadLetterOf(record.topic()), rootMessage(cause));
            return;
        }
        JsonNode event = readLeniently(record.value());
        String submissionId = text(event, "submissionId");
        if (submissionId == null) {
            log.error("unreadable article record {}-{}@{} sent to {}: {}", record.topic(), record.partition(),
                    record.offset(), Topics.deadLetterOf(record.topic()), rootMessage(cause));
            return;
        }
        String reason = isMalformed(cause) ? ReasonCodes.MALFORMED_EVENT : ReasonCodes.STORE_FAILED;
        String articleId = text(event, "articleId") != null ? text(event, "articleId")
                : record.key() instanceof String key ? key : null;
        try {
            publisher.publish(Topics.SUBMISSION_STATUS, new SubmissionStatusChanged(submissionId, text(event, "url"),
                    articleId, SubmissionState.FAILED, reason, rootMessage(cause), PublicationStatus.SERVICE,
                    clock.instant()));
        } catch (RuntimeException e) {
            // The observer must not throw; the record is in the DLT either way.
            log.error("could not report FAILED for submission {}", submissionId, e);
        }
    }

    private static JsonNode readLeniently(Object value) {
        if (!(value instanceof byte[] bytes) || bytes.length == 0) {
            return null;
        }
        try {
            JsonNode tree = LENIENT.readTree(bytes);
            return tree != null && tree.isObject() ? tree : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String text(JsonNode event, String field) {
        if (event == null || event.get(field) == null || !event.get(field).isString()) {
            return null;
        }
        String value = event.get(field).asString();
        return value.isBlank() ? null : value;
    }

    private static boolean isMalformed(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MalformedEventException) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
