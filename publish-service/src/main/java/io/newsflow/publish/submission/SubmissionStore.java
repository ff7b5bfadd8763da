package io.newsflow.publish.submission;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.nin;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.messaging.MalformedEventException;
import io.newsflow.publish.store.Collections;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps submissions and their history. Two conditional updates, each idempotent, so a redelivered or
 * reordered event changes nothing it should not:
 * <ol>
 * <li>append the event to the history unless a step with the same state and time is there (an upsert
 *     whose filter excludes that step: on a redelivery it fails with a duplicate key, which means
 *     "already recorded");</li>
 * <li>set the current state, unless it is terminal (PUBLISHED, DUPLICATE, FAILED: the first terminal
 *     state is final) or, for a non-terminal event, unless a later event already set it.</li>
 * </ol>
 */
@Component
class SubmissionStore {

    private static final List<String> TERMINAL_STATES = Arrays.stream(SubmissionState.values())
            .filter(SubmissionState::isTerminal).map(Enum::name).toList();
    private final Collections collections;
    private final Clock clock;

    SubmissionStore(Collections collections, Clock clock) {
        this.collections = collections;
        this.clock = clock;
    }

    /** Records a status event; emits true when it was new to the history. */
    Mono<Boolean> record(SubmissionStatusChanged status) {
        if (status.submissionId() == null || status.state() == null || status.at() == null) {
            throw new MalformedEventException("status event without submissionId, state or time");
        }
        return collections.submissions().flatMap(collection -> appendToHistory(collection, status)
                .flatMap(appended -> updateState(collection, status).thenReturn(appended)));
    }

    Mono<SubmissionView> find(String submissionId) {
        return collections.submissions()
                .flatMap(collection -> Mono.from(collection.find(eq(SubmissionDocuments.ID, submissionId)).first()))
                .map(SubmissionDocuments::toView);
    }

    private Mono<Boolean> appendToHistory(MongoCollection<Document> collection, SubmissionStatusChanged status) {
        Date now = new Date(clock.millis());
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.push(SubmissionDocuments.HISTORY, SubmissionDocuments.step(status)),
                Updates.setOnInsert(SubmissionDocuments.CREATED_AT, now),
                // The first event creates the document with its state, so no reader ever sees one without.
                Updates.setOnInsert(SubmissionDocuments.STATE, status.state().name()),
                Updates.setOnInsert("reasonCode", status.reasonCode()),
                Updates.setOnInsert("message", status.message()),
                Updates.setOnInsert(SubmissionDocuments.DUPLICATE_OF, status.duplicateOf()),
                Updates.setOnInsert(SubmissionDocuments.STATE_AT, Date.from(SubmissionDocuments.at(status))),
                Updates.set(SubmissionDocuments.UPDATED_AT, now)));
        if (status.url() != null) {
            updates.add(Updates.set("url", status.url()));
        }
        if (status.articleId() != null) {
            updates.add(Updates.set("articleId", status.articleId()));
        }
        Bson unlessRecorded = and(eq(SubmissionDocuments.ID, status.submissionId()),
                ne(SubmissionDocuments.HISTORY_KEY, SubmissionDocuments.stepKey(status)));
        return Mono.from(collection.updateOne(unlessRecorded, Updates.combine(updates), new UpdateOptions().upsert(true)))
                .map(result -> result.getModifiedCount() > 0 || result.getUpsertedId() != null)
                .onErrorResume(Collections::isDuplicateKey, error -> Mono.just(false));
    }

    private Mono<Void> updateState(MongoCollection<Document> collection, SubmissionStatusChanged status) {
        Date at = Date.from(SubmissionDocuments.at(status));
        Bson notFinal = and(eq(SubmissionDocuments.ID, status.submissionId()),
                nin(SubmissionDocuments.STATE, TERMINAL_STATES));
        Bson filter = status.state().isTerminal() ? notFinal : and(notFinal, lte(SubmissionDocuments.STATE_AT, at));
        Bson update = Updates.combine(
                Updates.set(SubmissionDocuments.STATE, status.state().name()),
                Updates.set("reasonCode", status.reasonCode()),
                Updates.set("message", status.message()),
                Updates.set(SubmissionDocuments.DUPLICATE_OF, status.duplicateOf()),
                Updates.set(SubmissionDocuments.STATE_AT, at));
        return Mono.from(collection.updateOne(filter, update)).then();
    }
}
