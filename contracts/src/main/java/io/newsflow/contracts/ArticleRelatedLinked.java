package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A newly enriched article found an earlier one related to it; the earlier one gains the link too
 * (related lists are symmetric). Emitted by enrich-service, applied by publish-service, which merges
 * links per article (keeping the best-scored, never losing a concurrent link).
 *
 * @param articleId the earlier article whose related list gains {@code related}
 * @param related   the new article, with the same score it gave the earlier one
 * @param linkedAt  when the link was found
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleRelatedLinked(int schemaVersion, String articleId, RelatedArticle related, Instant linkedAt)
        implements NewsflowEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "io.newsflow.article.related-linked.v1";

    public ArticleRelatedLinked(String articleId, RelatedArticle related, Instant linkedAt) {
        this(SCHEMA_VERSION, articleId, related, linkedAt);
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
