package io.newsflow.enricher;

/** An IPTC Media Topic (e.g. code 11000000, label "politics") with a score in [0, 1]. */
public record Topic(String code, String label, double score) {
}
