package io.newsflow.enricher;

import java.util.List;

/** What the enricher adds to a document; lists are best first. */
public record Enrichment(String language, List<Entity> entities, List<Keyword> keywords, List<Topic> topics,
                         List<Related> related) {
}
