package io.newsflow.publish.article;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.newsflow.contracts.TagType;
import io.newsflow.publish.store.Collections;
import io.newsflow.publish.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code GET /api/tags?type=&limit=}: tags with the number of articles carrying each, most used first. */
@RestController
class TagController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000;

    /** One tag: its name, type, Wikidata id or topic code when known, and how many articles carry it. */
    record TagCount(String name, String type, String wikidataId, String code, long articles) {
    }

    record TagList(List<TagCount> items) {
    }

    private final Collections collections;

    TagController(Collections collections) {
        this.collections = collections;
    }

    @Operation(summary = "Tags with their article counts, most used first")
    @GetMapping("/api/tags")
    Mono<TagList> tags(@RequestParam(required = false) String type, @RequestParam(required = false) Integer limit) {
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            return Mono.error(Problems.invalidParameter("limit", "limit must be between 1 and " + MAX_LIMIT));
        }
        String tagType = type == null ? null : type.strip().toUpperCase(Locale.ROOT);
        if (tagType != null && Arrays.stream(TagType.values()).noneMatch(t -> t.name().equals(tagType))) {
            return Mono.error(Problems.invalidParameter("type", "type must be one of " + Arrays.toString(TagType.values())));
        }
        List<Bson> pipeline = new ArrayList<>();
        pipeline.add(Aggregates.project(new Document("tags", 1)));
        pipeline.add(Aggregates.unwind("$tags"));
        if (tagType != null) {
            pipeline.add(Aggregates.match(Filters.eq("tags.type", tagType)));
        }
        pipeline.add(Aggregates.group(new Document("name", "$tags.name").append("type", "$tags.type"),
                Accumulators.sum("articles", 1), Accumulators.max("wikidataId", "$tags.wikidataId"),
                Accumulators.max("code", "$tags.code")));
        pipeline.add(Aggregates.sort(Sorts.orderBy(Sorts.descending("articles"), Sorts.ascending("_id.name"))));
        pipeline.add(Aggregates.limit(max));
        return collections.articles().flatMapMany(collection -> Flux.from(collection.aggregate(pipeline)))
                .map(d -> {
                    Document id = d.get("_id", Document.class);
                    return new TagCount(id.getString("name"), id.getString("type"), d.getString("wikidataId"),
                            d.getString("code"), ((Number) d.get("articles")).longValue());
                })
                .collectList().map(TagList::new);
    }
}
