package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A page was fetched and an article extracted from it. Key = articleId; the topic is compacted, so
 * it holds the latest revision of every article.
 *
 * @param articleId    {@link ArticleIds#of(String) stable hash} of the canonical URL
 * @param submissionId the submission that caused this fetch
 * @param url          the URL that was fetched (after redirects)
 * @param canonicalUrl the page's canonical URL (rel=canonical / og:url), else the normalised URL
 * @param source       provenance of the submission: {@code editor} or {@code feed:<sourceId>} (may be null)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleExtracted(int schemaVersion, String articleId, String submissionId, String url,
                               String canonicalUrl, Revision revision, ArticleContent content, String source) implements NewsflowEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "io.newsflow.article.extracted.v1";

    public ArticleExtracted(String articleId, String submissionId, String url, String canonicalUrl,
                            Revision revision, ArticleContent content) {
        this(SCHEMA_VERSION, articleId, submissionId, url, canonicalUrl, revision, content, null);
    }

    public ArticleExtracted(String articleId, String submissionId, String url, String canonicalUrl,
                            Revision revision, ArticleContent content, String source) {
        this(SCHEMA_VERSION, articleId, submissionId, url, canonicalUrl, revision, content, source);
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
