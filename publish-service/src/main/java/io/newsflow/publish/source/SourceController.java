package io.newsflow.publish.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import io.newsflow.contracts.SourceSubscription;
import io.newsflow.publish.store.Collections;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/sources}: where articles come from. The editor's own sources ({@code editor}: URLs
 * pasted on the page or posted to the API; {@code upload}) and every feed/sitemap subscription
 * ({@code feed:<sourceId>}, from {@link SourceCatalog}), each with the number of stored articles that
 * came from it.
 */
@RestController
class SourceController {

    static final List<String> EDITOR_SOURCES = List.of("editor", "upload");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SourceView(String source, String kind, String sourceId, String url, String title, Long pollIntervalSeconds,
                      Instant createdAt, Instant lastPolledAt, String lastOutcome, Long entriesSubmitted, long articles) {
    }

    record SourceList(List<SourceView> items) {
    }

    private final SourceCatalog catalog;
    private final Collections collections;

    SourceController(SourceCatalog catalog, Collections collections) {
        this.catalog = catalog;
        this.collections = collections;
    }

    @Operation(summary = "Sources of articles (editor, upload, feed and sitemap subscriptions) with article counts")
    @GetMapping("/api/sources")
    Mono<SourceList> sources() {
        return articleCounts().map(counts -> {
            List<SourceView> items = new ArrayList<>();
            for (String source : EDITOR_SOURCES) {
                items.add(new SourceView(source, source.toUpperCase(), null, null, null, null, null, null, null, null,
                        counts.getOrDefault(source, 0L)));
            }
            catalog.all().stream().sorted(Comparator.comparing(SourceSubscription::url))
                    .forEach(s -> items.add(new SourceView(s.submissionSource(), String.valueOf(s.kind()), s.sourceId(),
                            s.url(), s.title(), s.pollIntervalSeconds(), s.createdAt(), s.lastPolledAt(),
                            s.lastOutcome(), s.entriesSubmitted(), counts.getOrDefault(s.submissionSource(), 0L))));
            return new SourceList(items);
        });
    }

    private Mono<Map<String, Long>> articleCounts() {
        return collections.articles()
                .flatMapMany(articles -> Flux.from(articles.aggregate(List.of(
                        Aggregates.group("$source", Accumulators.sum("articles", 1))))))
                .collect(HashMap::new, (Map<String, Long> counts, Document d) -> {
                    if (d.getString("_id") != null) {
                        counts.put(d.getString("_id"), ((Number) d.get("articles")).longValue());
                    }
                });
    }
}
