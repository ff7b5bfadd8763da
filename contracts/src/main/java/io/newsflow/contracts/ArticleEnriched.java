package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An extracted article with its enrichment. Key = articleId; the topic is compacted. Downstream
 * consumers read this topic directly. {@code source} is carried over from {@link ArticleExtracted}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleEnriched(int schemaVersion, String articleId, String submissionId, String url,
                              String canonicalUrl, Revision revision, ArticleContent content,
                              Enrichment enrichment, String source) implements NewsflowEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "io.newsflow.article.enriched.v1";

    public ArticleEnriched(String articleId, String submissionId, String url, String canonicalUrl,
                           Revision revision, ArticleContent content, Enrichment enrichment) {
        this(SCHEMA_VERSION, articleId, submissionId, url, canonicalUrl, revision, content, enrichment, null);
    }

    public ArticleEnriched(String articleId, String submissionId, String url, String canonicalUrl,
                           Revision revision, ArticleContent content, Enrichment enrichment, String source) {
        this(SCHEMA_VERSION, articleId, submissionId, url, canonicalUrl, revision, content, enrichment, source);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String key() {
        return articleId;
    }
}
