package io.newsflow.publish.article;

import io.newsflow.publish.article.ArticleFilters.Params;
import io.newsflow.publish.article.ArticleQueries.ArticleQuery;
import io.newsflow.publish.article.ArticleViews.ArticlePage;
import io.newsflow.publish.article.ArticleViews.ArticleView;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The article read API: {@code GET /api/articles} lists newest first (best first with {@code q}) with
 * filters and a cursor; {@code GET /api/articles/{id}} gives one article, as JSON or, with
 * {@code Accept: application/ld+json}, as a schema.org NewsArticle. Bad input is a 400 problem naming
 * the parameter.
 */
@RestController
class ArticleController {

    static final String LD_JSON = "application/ld+json";

    private final ArticleQueries queries;
    private final PublishProperties props;

    ArticleController(ArticleQueries queries, PublishProperties props) {
        this.queries = queries;
        this.props = props;
    }

    @Operation(summary = "List published articles, newest first (best first with q)")
    @GetMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ArticlePage> list(
            @Parameter(description = "tag name of any type, case-insensitive") @RequestParam(required = false) String tag,
            @Parameter(description = "entity name or Wikidata id (Q7184)") @RequestParam(required = false) String entity,
            @Parameter(description = "topic name or IPTC Media Topic code") @RequestParam(required = false) String topic,
            @Parameter(description = "host (www. ignored) or site name") @RequestParam(required = false) String site,
            @Parameter(description = "language, BCP 47 (primary subtag compared)") @RequestParam(required = false) String language,
            @Parameter(description = "search words: all must match; ranked by relevance") @RequestParam(required = false) String q,
            @Parameter(description = "first seen at or after (ISO-8601 instant or date)") @RequestParam(required = false) String since,
            @Parameter(description = "first seen before (ISO-8601 instant or date)") @RequestParam(required = false) String until,
            @Parameter(description = "1 to 100, default 20") @RequestParam(required = false) Integer limit,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
        return Mono.fromSupplier(() -> new ArticleQuery(
                        ArticleFilters.from(new Params(tag, entity, topic, site, language, q, since, until)),
                        limit(limit), cursor(cursor)))
                .flatMap(queries::list);
    }

    @Operation(summary = "One article with its text, enrichment, provenance and related articles")
    @GetMapping(path = "/api/articles/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    Mono<ArticleView> article(@PathVariable String id) {
        return checked(id).flatMap(queries::find).switchIfEmpty(Mono.error(() -> Problems.notFound("article", id)));
    }

    @Operation(summary = "One article as a schema.org NewsArticle (JSON-LD)")
    @GetMapping(path = "/api/articles/{id}", produces = LD_JSON)
    Mono<Map<String, Object>> articleAsJsonLd(@PathVariable String id) {
        return checked(id).flatMap(queries::document).map(NewsArticleJsonLd::of)
                .switchIfEmpty(Mono.error(() -> Problems.notFound("article", id)));
    }

    private static Mono<String> checked(String id) {
        return Problems.isPlausibleId(id) ? Mono.just(id) : Mono.error(Problems.notFound("article", id));
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
