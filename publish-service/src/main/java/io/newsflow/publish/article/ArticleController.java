package io.newsflow.publish.article;

import io.newsflow.publish.article.ArticleQueries.ArticleQuery;
import io.newsflow.publish.article.ArticleViews.ArticlePage;
import io.newsflow.publish.article.ArticleViews.ArticleView;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.web.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The article read API. {@code GET /api/articles?tag=&limit=&cursor=} lists newest first;
 * {@code GET /api/articles/{id}} gives one article. Bad input is a 400 problem naming the parameter.
 */
@RestController
class ArticleController {

    /** Tag names are short phrases; a longer value cannot match and is refused early. */
    private static final int MAX_TAG_LENGTH = 200;

    private final ArticleQueries queries;
    private final PublishProperties props;

    ArticleController(ArticleQueries queries, PublishProperties props) {
        this.queries = queries;
        this.props = props;
    }

    @GetMapping("/api/articles")
    Mono<ArticlePage> list(@RequestParam(required = false) String tag, @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) String cursor) {
        return Mono.fromSupplier(() -> new ArticleQuery(tagKey(tag), limit(limit), cursor(cursor)))
                .flatMap(queries::list);
    }

    @GetMapping("/api/articles/{id}")
    Mono<ArticleView> article(@PathVariable String id) {
        if (!Problems.isPlausibleId(id)) {
            return Mono.error(Problems.notFound("article", id));
        }
        return queries.find(id).switchIfEmpty(Mono.error(() -> Problems.notFound("article", id)));
    }

    private String tagKey(String tag) {
        if (tag == null) {
            return null;
        }
        String key = ArticleDocuments.tagKey(tag);
        if (key == null || key.length() > MAX_TAG_LENGTH) {
            throw Problems.invalidParameter("tag", "tag must be 1 to " + MAX_TAG_LENGTH + " characters");
        }
        return key;
    }

    private int limit(Integer limit) {
        if (limit == null) {
            return props.defaultPageSize();
        }
        if (limit < 1 || limit > props.maxPageSize()) {
            throw Problems.invalidParameter("limit", "limit must be between 1 and " + props.maxPageSize());
        }
        return limit;
    }

    private static ArticleCursor cursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return ArticleCursor.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidParameter("cursor", "cursor is not one this service issued");
        }
    }
}
