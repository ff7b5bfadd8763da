package io.newsflow.publish.feed;

import io.newsflow.publish.article.ArticleFilter;
import io.newsflow.publish.article.ArticleFilters;
import io.newsflow.publish.article.ArticleFilters.Params;
import io.newsflow.publish.article.ArticleQueries;
import io.newsflow.publish.config.PublishProperties;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Feeds of the newest articles in Atom 1.0, RSS 2.0 and JSON Feed 1.1:
 * <ul>
 * <li>{@code /feeds/articles.{atom|rss|json}} — every article (the listing's filters work as query
 *     parameters too: {@code ?site=&language=&q=});</li>
 * <li>{@code /feeds/tags/{tag}.{ext}}, {@code /feeds/entities/{nameOrWikidataId}.{ext}},
 *     {@code /feeds/topics/{nameOrCode}.{ext}} — one tag, entity or topic.</li>
 * </ul>
 * Each answer carries an {@code ETag} (hash of the entries and their write times) and
 * {@code Last-Modified} (latest write); a matching {@code If-None-Match} or a not-older
 * {@code If-Modified-Since} gets a 304 without a body.
 */
@RestController
class FeedController {

    private static final String EXTENSION = "{format:atom|rss|json}";

    private final ArticleQueries queries;
    private final PublishProperties props;

    FeedController(ArticleQueries queries, PublishProperties props) {
        this.queries = queries;
        this.props = props;
    }

    @Operation(summary = "Feed of the newest articles (Atom, RSS or JSON Feed by extension)")
    @GetMapping("/feeds/articles." + EXTENSION)
    Mono<ResponseEntity<Object>> articles(@PathVariable String format, @RequestParam(required = false) String site,
                                          @RequestParam(required = false) String language,
                                          @RequestParam(required = false) String q, ServerWebExchange exchange) {
        ArticleFilter filter = ArticleFilters.from(new Params(null, null, null, site, language, q, null, null));
        return feed(filter, "Newsflow: newest articles", format, exchange);
    }

    @Operation(summary = "Feed of the articles with one tag")
    @GetMapping("/feeds/tags/{tag}." + EXTENSION)
    Mono<ResponseEntity<Object>> tag(@PathVariable String tag, @PathVariable String format, ServerWebExchange exchange) {
        return feed(ArticleFilters.from(Params.of(tag, null, null)), "Newsflow: tag " + tag, format, exchange);
    }

    @Operation(summary = "Feed of the articles naming one entity (name or Wikidata id)")
    @GetMapping("/feeds/entities/{entity}." + EXTENSION)
    Mono<ResponseEntity<Object>> entity(@PathVariable String entity, @PathVariable String format,
                                        ServerWebExchange exchange) {
        return feed(ArticleFilters.from(Params.of(null, entity, null)), "Newsflow: " + entity, format, exchange);
    }

    @Operation(summary = "Feed of the articles on one topic (name or IPTC code)")
    @GetMapping("/feeds/topics/{topic}." + EXTENSION)
    Mono<ResponseEntity<Object>> topic(@PathVariable String topic, @PathVariable String format,
                                       ServerWebExchange exchange) {
        return feed(ArticleFilters.from(Params.of(null, null, topic)), "Newsflow: topic " + topic, format, exchange);
    }

    private Mono<ResponseEntity<Object>> feed(ArticleFilter filter, String title, String extension,
                                              ServerWebExchange exchange) {
        FeedFormat format = FeedFormat.of(extension);
        URI requested = exchange.getRequest().getURI();
        String home = UriComponentsBuilder.fromUri(requested).replacePath("/").replaceQuery(null).build().toUriString();
        String self = UriComponentsBuilder.fromUri(requested).build().toUriString();
        return queries.newestDocuments(filter, props.feedSize()).collectList().map(articles -> {
            Instant updated = articles.stream().map(d -> d.getDate("updatedAt")).filter(Objects::nonNull)
                    .map(Date::toInstant).max(Instant::compareTo).orElse(null);
            String etag = etag(format, self, articles);
            HttpHeaders headers = new HttpHeaders();
            headers.setETag(etag);
            if (updated != null) {
                headers.setLastModified(updated);
            }
            headers.setCacheControl("public, max-age=60");
            if (notModified(exchange, etag, updated)) {
                return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
            }
            Feed feed = new Feed(self, title, title + " (" + articles.size() + " newest)", self, home, updated, articles);
            Object body = format == FeedFormat.JSON ? JsonFeedWriter.write(feed) : RomeFeedWriter.write(feed, format);
            return ResponseEntity.ok().headers(headers).contentType(format.mediaType()).body(body);
        });
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2). */
    private static boolean notModified(ServerWebExchange exchange, String etag, Instant updated) {
        HttpHeaders request = exchange.getRequest().getHeaders();
        List<String> ifNoneMatch = request.getIfNoneMatch();
        if (!ifNoneMatch.isEmpty()) {
            return ifNoneMatch.stream().anyMatch(tag -> tag.equals(etag) || tag.equals("*")
                    || tag.equals("W/" + etag));
        }
        long since = request.getIfModifiedSince();
        return since >= 0 && updated != null && updated.getEpochSecond() <= since / 1000;
    }

    private static String etag(FeedFormat format, String self, List<Document> articles) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((format.extension() + "\n" + self).getBytes(StandardCharsets.UTF_8));
            for (Document article : articles) {
                digest.update(("\n" + article.getString("_id") + "@" + article.getDate("updatedAt").getTime())
                        .getBytes(StandardCharsets.UTF_8));
            }
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
