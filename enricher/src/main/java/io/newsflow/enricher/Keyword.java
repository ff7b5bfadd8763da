package io.newsflow.enricher;

/** A key phrase with a score in [0, 1]. */
public record Keyword(String text, double score) {
}
