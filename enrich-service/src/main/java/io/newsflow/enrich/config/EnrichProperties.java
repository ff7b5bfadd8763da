package io.newsflow.enrich.config;

import java.nio.file.Path;
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
 * @param corpusDir       where the corpus index is kept across restarts (a Lucene index, with how far the
 *                        articles topic has been read); a restart then reads only what is new instead of
 *                        re-analysing and re-embedding the whole corpus (minutes at 50,000 articles). One
 *                        directory per copy of the service. Empty (the default): the index is in memory and
 *                        each start reads the topic whole
 * @param corpusCommitInterval how often the on-disk index is made durable; a crash loses at most this much
 *                        indexing, which the next start reads again from the topic
 */
@ConfigurationProperties("newsflow.enrich")
public record EnrichProperties(
        @DefaultValue("5") int relatedLimit,
        @DefaultValue("0.15") double minRelatedScore,
        @DefaultValue("30s") Duration publishTimeout,
        Path corpusDir,
        @DefaultValue("30s") Duration corpusCommitInterval) {
}
