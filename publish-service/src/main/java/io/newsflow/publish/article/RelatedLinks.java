package io.newsflow.publish.article;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.newsflow.contracts.ArticleRelatedLinked;
import io.newsflow.messaging.MalformedEventException;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.store.Collections;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Applies related links ({@link ArticleRelatedLinked}) to stored articles without losing concurrent
 * ones: read the related list and its version, merge ({@link RelatedLists}), write on condition that
 * the version is unchanged (else read and merge again). A link for an article not stored yet is kept
 * in {@code pending_related} (pushed atomically, with its own version) and applied when the article
 * arrives; both sides check again after writing, so a link and its article crossing each other still meet.
 */
@Component
class RelatedLinks {

    /**
     * Rounds of optimistic retries, with a short jittered back-off so that writers racing on one article
     * (a popular story gains many links at once) spread out instead of colliding again.
     */
    private static final int MAX_CONFLICT_RETRIES = 30;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(2);
    private static final Duration MAX_BACKOFF = Duration.ofMillis(100);
    private static final Bson RELATED_FIELDS = Projections.include(ArticleDocuments.RELATED,
            ArticleDocuments.RELATED_VERSION);
    static final String LINKS = "links";
    static final String VERSION = "version";

    private final Collections collections;
    private final PublishProperties props;

    RelatedLinks(Collections collections, PublishProperties props) {
        this.collections = collections;
        this.props = props;
    }

    /** Emits true when the article was stored and now has the link, false when the link is kept pending. */
    Mono<Boolean> apply(ArticleRelatedLinked event) {
        if (event.articleId() == null || event.related() == null || event.related().id() == null) {
            throw new MalformedEventException("related link without articleId or related.id");
        }
        Document link = ArticleDocuments.relatedDocument(event.related());
        return merge(event.articleId(), List.of(link)).flatMap(applied -> applied ? Mono.just(true)
                : keepPending(event.articleId(), link).then(applyPending(event.articleId())).thenReturn(false));
    }

    /** Moves the pending links of {@code articleId} (if any) into its related list, when it is stored. */
    Mono<Void> applyPending(String articleId) {
        return collections.pending().flatMap(pending -> Mono.from(pending.find(eq(ArticleDocuments.ID, articleId)).first())
                .flatMap(entry -> merge(articleId, ArticleDocuments.documents(entry, LINKS))
                        .filter(Boolean::booleanValue)
                        // Deleted only if no link was added since it was read; else go round again.
                        .flatMap(applied -> Mono.from(pending.deleteOne(and(eq(ArticleDocuments.ID, articleId),
                                eq(VERSION, entry.get(VERSION)))))))
                .flatMap(deleted -> deleted.getDeletedCount() == 1 ? Mono.<Void>empty()
                        : Mono.error(new ArticleStore.ConcurrentChange())))
                .retryWhen(onConflict())
                .then();
    }

    private static Retry onConflict() {
        return Retry.backoff(MAX_CONFLICT_RETRIES, FIRST_BACKOFF).maxBackoff(MAX_BACKOFF).jitter(0.5)
                .filter(ArticleStore.ConcurrentChange.class::isInstance);
    }

    /** Merges links into a stored article's related list; false when the article is not stored. */
    private Mono<Boolean> merge(String articleId, List<Document> links) {
        return collections.articles()
                .flatMap(articles -> Mono.defer(() -> attempt(articles, articleId, links))
                        .retryWhen(onConflict()))
                .defaultIfEmpty(false);
    }

    private Mono<Boolean> attempt(MongoCollection<Document> articles, String articleId, List<Document> links) {
        return Mono.from(articles.find(eq(ArticleDocuments.ID, articleId)).projection(RELATED_FIELDS).first())
                .flatMap(stored -> {
                    List<Document> current = ArticleDocuments.documents(stored, ArticleDocuments.RELATED);
                    List<Document> merged = RelatedLists.merge(current, links, articleId, props.relatedLimit());
                    if (RelatedLists.same(current, merged)) {
                        return Mono.just(true);
                    }
                    Object version = stored.get(ArticleDocuments.RELATED_VERSION);
                    return Mono.from(articles.updateOne(
                                    and(eq(ArticleDocuments.ID, articleId), eq(ArticleDocuments.RELATED_VERSION, version)),
                                    Updates.combine(Updates.set(ArticleDocuments.RELATED, merged),
                                            Updates.inc(ArticleDocuments.RELATED_VERSION, 1L))))
                            .flatMap(result -> result.getMatchedCount() == 1 ? Mono.just(true)
                                    : Mono.error(new ArticleStore.ConcurrentChange()));
                });
    }

    private Mono<Void> keepPending(String articleId, Document link) {
        return collections.pending().flatMap(pending -> Mono.from(pending.updateOne(eq(ArticleDocuments.ID, articleId),
                Updates.combine(Updates.push(LINKS, link), Updates.inc(VERSION, 1L),
                        Updates.set("updatedAt", new Date())), new UpdateOptions().upsert(true)))).then();
    }
}
