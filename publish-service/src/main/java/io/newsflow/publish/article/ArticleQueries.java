package io.newsflow.publish.article;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.newsflow.publish.article.ArticleViews.ArticlePage;
import io.newsflow.publish.article.ArticleViews.ArticleSummary;
import io.newsflow.publish.article.ArticleViews.ArticleView;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.store.Collections;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads articles: one by id; the newest-first listing with {@link ArticleFilter}s and a (firstSeen, _id)
 * cursor, served by the indexes named in {@code IndexInitializer}; a search ({@code q}) ranked by
 * relevance; the articles stored after a stream position (SSE resume). First pages are cached briefly
 * ({@link FirstPageCache}).
 *
 * <p>Relevance, computed in the aggregation: {@code score = 3 × |q ∩ titleTerms| + 2 × |q ∩ tagTerms| + |q|}
 * (every match holds all query terms somewhere; a term in the title weighs most, in an entity, keyword
 * or topic next). Ties are broken newest first, and the cursor carries the score.
 */
@Component
public class ArticleQueries {

    private static final Bson NEWEST_FIRST = Sorts.descending(ArticleDocuments.FIRST_SEEN, ArticleDocuments.ID);
    private static final Bson BEST_FIRST = Sorts.descending("score", ArticleDocuments.FIRST_SEEN, ArticleDocuments.ID);
    private static final Bson OLDEST_WRITE_FIRST = Sorts.ascending(ArticleDocuments.UPDATED_AT, ArticleDocuments.ID);
    private static final Bson SUMMARY_FIELDS = Projections.exclude(ArticleDocuments.HEAVY_FIELDS);
    /** Weights of the relevance score (see the class comment). */
    private static final int TITLE_WEIGHT = SearchTermSet.TITLE_WEIGHT;
    private static final int TAG_WEIGHT = SearchTermSet.TAG_WEIGHT;

    private final Collections collections;
    private final PublishProperties props;
    private final FirstPageCache cache;
    private final ListingIndex index;

    ArticleQueries(Collections collections, PublishProperties props, ArticleStore store, ListingIndex index) {
        this.collections = collections;
        this.props = props;
        this.cache = new FirstPageCache(props.firstPageCacheTtl());
        this.index = index;
        store.onWrite(document -> cache.clear());
    }

    /**
     * @param after the cursor of the previous page, or null for the first page
     */
    public record ArticleQuery(ArticleFilter filter, int limit, ArticleCursor after) {
    }

    public Mono<ArticleView> find(String id) {
        return document(id).map(ArticleDocuments::toView);
    }

    /** The stored document (for JSON-LD and feeds). */
    public Mono<Document> document(String id) {
        return collections.articles()
                .flatMap(collection -> Mono.from(collection.find(eq(ArticleDocuments.ID, id)).first()));
    }

    public Mono<ArticlePage> list(ArticleQuery query) {
        if (query.after() == null) {
            return cache.get(query.filter(), query.limit(), () -> fetch(query));
        }
        return fetch(query);
    }

    private Mono<ArticlePage> fetch(ArticleQuery query) {
        if (index != null && index.isReady()) {
            return Mono.fromSupplier(() -> page(index.summaries(query.filter(), query.after(), query.limit() + 1),
                    query.limit(), query.filter().isSearch()));
        }
        Flux<Document> found = query.filter().isSearch() ? search(query) : newestFirst(query);
        return found.map(document -> ArticleDocuments.toSummary(document, props.summaryTags()))
                .collectList()
                .map(items -> page(items, query.limit(), query.filter().isSearch()));
    }

    /** Full documents of the newest articles matching {@code filter} (feeds and webhooks need bodies). */
    public Flux<Document> newestDocuments(ArticleFilter filter, int limit) {
        return collections.articles().flatMapMany(collection -> Flux.from(collection.find(filter.toBson())
                .sort(NEWEST_FIRST).limit(limit)));
    }

    /**
     * Articles written after {@code position} (by store time, then id), oldest first, at most the replay
     * limit: what a stream client missed.
     */
    public Flux<Document> writtenAfter(StreamPosition position, ArticleFilter filter) {
        Date at = Date.from(position.updatedAt());
        Bson after = or(gt(ArticleDocuments.UPDATED_AT, at),
                and(eq(ArticleDocuments.UPDATED_AT, at), gt(ArticleDocuments.ID, position.id())));
        return collections.articles().flatMapMany(collection -> Flux.from(collection.find(and(after, filter.toBson()))
                .sort(OLDEST_WRITE_FIRST).limit(props.streamReplayLimit())));
    }

    private Flux<Document> newestFirst(ArticleQuery query) {
        List<Bson> conditions = new ArrayList<>(List.of(query.filter().toBson()));
        if (query.after() != null) {
            Date firstSeen = Date.from(query.after().firstSeen());
            conditions.add(or(lt(ArticleDocuments.FIRST_SEEN, firstSeen),
                    and(eq(ArticleDocuments.FIRST_SEEN, firstSeen), lt(ArticleDocuments.ID, query.after().id()))));
        }
        return collections.articles()
                .flatMapMany(collection -> Flux.from(collection.find(and(conditions)).projection(SUMMARY_FIELDS)
                        .sort(NEWEST_FIRST).limit(query.limit() + 1)));
    }

    private Flux<Document> search(ArticleQuery query) {
        List<String> terms = query.filter().terms();
        Document score = new Document("$add", List.of(
                new Document("$multiply", List.of(TITLE_WEIGHT, overlap(ArticleDocuments.TITLE_TERMS, terms))),
                new Document("$multiply", List.of(TAG_WEIGHT, overlap(ArticleDocuments.TAG_TERMS, terms))),
                terms.size()));
        List<Bson> pipeline = new ArrayList<>();
        pipeline.add(Aggregates.match(query.filter().toBson()));
        pipeline.add(Aggregates.addFields(new com.mongodb.client.model.Field<>("score", score)));
        if (query.after() != null && query.after().score() != null) {
            pipeline.add(Aggregates.match(afterRanked(query.after())));
        }
        pipeline.add(Aggregates.sort(BEST_FIRST));
        pipeline.add(Aggregates.limit(query.limit() + 1));
        pipeline.add(Aggregates.project(SUMMARY_FIELDS));
        return collections.articles().flatMapMany(collection -> Flux.from(collection.aggregate(pipeline)));
    }

    private static Document overlap(String field, List<String> terms) {
        return new Document("$size", new Document("$setIntersection",
                List.of(new Document("$ifNull", List.of("$" + field, List.of())), terms)));
    }

    private static Bson afterRanked(ArticleCursor after) {
        Date firstSeen = Date.from(after.firstSeen());
        return or(lt("score", after.score()),
                and(eq("score", after.score()), lt(ArticleDocuments.FIRST_SEEN, firstSeen)),
                and(eq("score", after.score()), eq(ArticleDocuments.FIRST_SEEN, firstSeen),
                        lt(ArticleDocuments.ID, after.id())));
    }

    private static ArticlePage page(List<ArticleSummary> found, int limit, boolean ranked) {
        if (found.size() <= limit) {
            return new ArticlePage(found, null);
        }
        List<ArticleSummary> items = found.subList(0, limit);
        ArticleSummary last = items.get(limit - 1);
        ArticleCursor cursor = new ArticleCursor(last.firstSeen(), last.id(), ranked ? last.score() : null);
        return new ArticlePage(List.copyOf(items), cursor.encode());
    }
}
