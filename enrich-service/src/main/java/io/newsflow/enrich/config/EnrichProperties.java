package io.newsflow.enrich.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of enrich-service ({@code newsflow.enrich.*}).
 *
 * @param relatedLimit    how many related articles each article lists
 * @param minRelatedScore related candidates scoring below this (in [0, 1]) are left out, here and in
 *                        the back-links to earlier articles: a weak match is worse for an editor than
 *                        no suggestion (hybrid score of words, embeddings and topics, measured on the
 *                        enricher's test articles: same story about 0.5, same section 0.23-0.33,
 *                        other sections 0.15 at most and mostly under 0.12)
 * @param publishTimeout  how long to wait for the broker to acknowledge an enriched article before the
 *                        record is retried
 */
@ConfigurationProperties("newsflow.enrich")
public record EnrichProperties(
        @DefaultValue("5") int relatedLimit,
        @DefaultValue("0.15") double minRelatedScore,
        @DefaultValue("30s") Duration publishTimeout) {
}
