package io.newsflow.publish.submission;

import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.publish.submission.SubmissionView.Step;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * The stored form of a submission: {@code _id} = submission id, the current state with its reason and
 * message, and the history of every status event received, each once (identified by state and time).
 */
final class SubmissionDocuments {

    static final String ID = "_id";
    static final String STATE = "state";
    /** Time of the event that set the current state; an older non-terminal event does not replace it. */
    static final String STATE_AT = "stateAt";
    static final String HISTORY = "history";
    static final String HISTORY_KEY = "history.key";
    static final String CREATED_AT = "createdAt";
    /** For a near-duplicate: the article id of the original. */
    static final String DUPLICATE_OF = "duplicateOf";
    static final String UPDATED_AT = "updatedAt";

    private SubmissionDocuments() {
    }

    /** An event's time as stored: MongoDB dates hold milliseconds. */
    static Instant at(SubmissionStatusChanged status) {
        return status.at().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Identifies a history step: the same state at the same time is the same event delivered again. */
    static String stepKey(SubmissionStatusChanged status) {
        return status.state().name() + "@" + at(status);
    }

    static Document step(SubmissionStatusChanged status) {
        Document step = new Document("key", stepKey(status)).append(STATE, status.state().name());
        put(step, "reasonCode", status.reasonCode());
        put(step, "message", status.message());
        put(step, "service", status.service());
        put(step, DUPLICATE_OF, status.duplicateOf());
        step.put("at", Date.from(at(status)));
        return step;
    }

    static SubmissionView toView(Document d) {
        List<Step> history = d.getList(HISTORY, Document.class, List.of()).stream()
                .map(s -> new Step(s.getString(STATE), s.getString("reasonCode"), s.getString("message"),
                        s.getString("service"), instant(s, "at")))
                // Stable: events of the same instant keep the order they arrived in.
                .sorted(Comparator.comparing(Step::at, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return new SubmissionView(d.getString(ID), d.getString("url"), d.getString(STATE), d.getString("articleId"),
                d.getString("reasonCode"), d.getString("message"), d.getString(DUPLICATE_OF), instant(d, CREATED_AT),
                instant(d, UPDATED_AT), history);
    }

    private static void put(Document document, String field, Object value) {
        if (value != null) {
            document.put(field, value);
        }
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
