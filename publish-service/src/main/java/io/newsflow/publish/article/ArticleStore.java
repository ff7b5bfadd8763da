package io.newsflow.publish.article;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.store.Collections;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Writes enriched articles: ordered and idempotent. It reads the stored revision, decides
 * ({@link RevisionDecision}), then writes only on the condition that the stored revision is still the
 * one it read (insert of a new id, or replace filtered on the old {@code revision.fetchedAt}), so a
 * concurrent writer can never be overwritten by an older revision; a lost race is simply decided again.
 * The replace is also conditional on the related list's version ({@link RelatedLinks}), so a link
 * added meanwhile is never overwritten: it makes the replace lose the race and be decided again.
 * Needs neither transactions nor server-side expressions, so it runs on the embedded server too.
 */
@Component
class ArticleStore {

    /**
     * A race is lost when two copies store the same article at once, or a related link lands meanwhile;
     * a few jittered rounds settle it.
     */
    private static final int MAX_CONFLICT_RETRIES = 10;
    private static final Bson REVISION_FIELDS = Projections.include(ArticleDocuments.REVISION,
            ArticleDocuments.SUBMISSION_ID, ArticleDocuments.OUTCOME, ArticleDocuments.FIRST_SEEN,
            ArticleDocuments.UPDATED_AT, ArticleDocuments.RELATED, ArticleDocuments.RELATED_VERSION);

    private final Collections collections;
    private final Clock clock;
    private final RelatedLinks relatedLinks;
    private final PublishProperties props;
    private final List<Consumer<Document>> writeListeners = new CopyOnWriteArrayList<>();

    ArticleStore(Collections collections, Clock clock, RelatedLinks relatedLinks, PublishProperties props) {
        this.collections = collections;
        this.clock = clock;
        this.relatedLinks = relatedLinks;
        this.props = props;
    }

    /** Called with the stored document after every write (the query cache and the listing index listen). */
    void onWrite(Consumer<Document> listener) {
        writeListeners.add(listener);
    }

    /**
     * The result of storing one enriched article.
     *
     * @param revision the revision the store holds afterwards (the new one when written)
     * @param document the stored document when this call wrote it, else null
     */
    record StoreResult(RevisionDecision decision, StoredRevision revision, Document document) {
    }

    Mono<StoreResult> store(ArticleEnriched article) {
        ArticleDocuments.requireStorable(article);
        return collections.articles()
                .flatMap(collection -> Mono.defer(() -> attempt(collection, article))
                        .retryWhen(Retry.backoff(MAX_CONFLICT_RETRIES, java.time.Duration.ofMillis(2)).jitter(0.5)
                                .filter(ConcurrentChange.class::isInstance)))
                .flatMap(result -> result.decision().writes()
                        // Links that arrived before the article (or meanwhile) join its related list now.
                        ? relatedLinks.applyPending(article.articleId()).thenReturn(result) : Mono.just(result))
                .doOnNext(result -> {
                    if (result.decision().writes()) {
                        writeListeners.forEach(listener -> listener.accept(result.document()));
                    }
                });
    }

    private Mono<StoreResult> attempt(MongoCollection<Document> collection, ArticleEnriched article) {
        return Mono.from(collection.find(eq(ArticleDocuments.ID, article.articleId())).projection(REVISION_FIELDS).first())
                .map(ArticleDocuments::storedRevision)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(stored -> apply(collection, article, stored.orElse(null)));
    }

    private Mono<StoreResult> apply(MongoCollection<Document> collection, ArticleEnriched article, StoredRevision stored) {
        RevisionDecision decision = RevisionDecision.of(stored, article.revision(), article.submissionId());
        // Milliseconds, as MongoDB keeps them: the status emitted now must equal the one a redelivery repeats.
        Instant now = ArticleDocuments.storedPrecision(clock.instant());
        return switch (decision) {
            case INSERT -> {
                Document document = ArticleDocuments.toDocument(article, now, now, SubmissionState.PUBLISHED);
                yield Mono.from(collection.insertOne(document))
                        .onErrorMap(Collections::isDuplicateKey, error -> new ConcurrentChange())
                        .thenReturn(written(decision, document));
            }
            case REPLACE, REPLACE_SAME_CONTENT -> {
                SubmissionState outcome = decision == RevisionDecision.REPLACE
                        ? SubmissionState.PUBLISHED : SubmissionState.DUPLICATE;
                Instant firstSeen = stored.firstSeen() != null ? stored.firstSeen() : now;
                Document document = ArticleDocuments.toDocument(article, firstSeen, now, outcome);
                // Links added to the stored revision stay: the new revision's list is merged with them.
                document.put(ArticleDocuments.RELATED, RelatedLists.merge(stored.related(),
                        ArticleDocuments.documents(document, ArticleDocuments.RELATED), article.articleId(),
                        props.relatedLimit()));
                if (stored.relatedVersion() != null) {
                    document.put(ArticleDocuments.RELATED_VERSION, stored.relatedVersion() + 1);
                }
                yield Mono.from(collection.replaceOne(and(eq(ArticleDocuments.ID, article.articleId()),
                                eq(ArticleDocuments.REVISION_FETCHED_AT, Date.from(stored.fetchedAt())),
                                eq(ArticleDocuments.REVISION_EXTRACTED_AT,
                                        stored.extractedAt() == null ? null : Date.from(stored.extractedAt())),
                                eq(ArticleDocuments.RELATED_VERSION, stored.relatedVersion())), document))
                        .flatMap(result -> result.getMatchedCount() == 1
                                ? Mono.just(written(decision, document)) : Mono.error(new ConcurrentChange()));
            }
            case REDELIVERY, STALE -> Mono.just(new StoreResult(decision, stored, null));
        };
    }

    private static StoreResult written(RevisionDecision decision, Document document) {
        return new StoreResult(decision, ArticleDocuments.storedRevision(document), document);
    }

    /** The stored revision changed between read and write: decide again. */
    static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super("article changed concurrently", null, false, false);
        }
    }
}
