package io.newsflow.publish.article;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.empty;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

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
 * Reads articles: one by id, and the newest-first listing with an optional tag filter and a
 * (firstSeen, _id) cursor, served by the indexes {@code newest_first} and {@code tag_newest_first}.
 * Filters are built from typed values only (no client-supplied operators reach the query).
 */
@Component
class ArticleQueries {

    private static final Bson NEWEST_FIRST = Sorts.descending(ArticleDocuments.FIRST_SEEN, ArticleDocuments.ID);
    private static final Bson SUMMARY_FIELDS = Projections.exclude(ArticleDocuments.HEAVY_FIELDS);

    private final Collections collections;
    private final PublishProperties props;

    ArticleQueries(Collections collections, PublishProperties props) {
        this.collections = collections;
        this.props = props;
    }

    /**
     * @param tagKey normalised tag name ({@link ArticleDocuments#tagKey}), or null for every article
     * @param after  the cursor of the previous page, or null for the first page
     */
    record ArticleQuery(String tagKey, int limit, ArticleCursor after) {
    }

    Mono<ArticleView> find(String id) {
        return collections.articles()
                .flatMap(collection -> Mono.from(collection.find(eq(ArticleDocuments.ID, id)).first()))
                .map(ArticleDocuments::toView);
    }

    Mono<ArticlePage> list(ArticleQuery query) {
        // One more than asked: whether it exists tells if there is a next page.
        return collections.articles()
                .flatMapMany(collection -> Flux.from(collection.find(filter(query)).projection(SUMMARY_FIELDS)
                        .sort(NEWEST_FIRST).limit(query.limit() + 1)))
                .map(document -> ArticleDocuments.toSummary(document, props.summaryTags()))
                .collectList()
                .map(found -> page(found, query.limit()));
    }

    private static Bson filter(ArticleQuery query) {
        List<Bson> conditions = new ArrayList<>();
        if (query.tagKey() != null) {
            conditions.add(eq(ArticleDocuments.TAG_KEYS, query.tagKey()));
        }
        if (query.after() != null) {
            Date firstSeen = Date.from(query.after().firstSeen());
            conditions.add(or(lt(ArticleDocuments.FIRST_SEEN, firstSeen),
                    and(eq(ArticleDocuments.FIRST_SEEN, firstSeen), lt(ArticleDocuments.ID, query.after().id()))));
        }
        return conditions.isEmpty() ? empty() : and(conditions);
    }

    private static ArticlePage page(List<ArticleSummary> found, int limit) {
        if (found.size() <= limit) {
            return new ArticlePage(found, null);
        }
        List<ArticleSummary> items = found.subList(0, limit);
        ArticleSummary last = items.get(limit - 1);
        return new ArticlePage(List.copyOf(items), new ArticleCursor(last.firstSeen(), last.id()).encode());
    }
}
