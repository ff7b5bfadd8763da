package io.newsflow.enricher;

/** Another corpus document related to the one enriched, with a similarity score in [0, 1]. */
public record Related(String id, String url, String title, double score) {
}
