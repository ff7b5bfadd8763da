package io.newsflow.publish.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The bodies of the article API: read models built from the stored documents, never the documents. */
public final class ArticleViews {

    private ArticleViews() {
    }

    /** {@code GET /api/articles/{id}}: the whole article with its enrichment and provenance. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleView(String id, String url, String canonicalUrl, String title, String body, String author,
                       String publishedAt, String modifiedAt, String language, String siteName, String description,
                       String image, List<String> categories, List<String> pageTags, List<TagView> tags,
                       List<RelatedView> related, List<LinkView> articleLinks, RevisionView revision,
                       String submissionId, String source, Instant firstSeen, Instant updatedAt) {
    }

    /** One article of a listing or of the live stream: no body, the best tags only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleSummary(String id, String url, String title, String description, String author, String siteName,
                          String language, String publishedAt, String image, List<TagView> tags, String source,
                          Integer score, Instant firstSeen, Instant updatedAt) {
    }

    /** {@code GET /api/articles}: a page, newest first (best first for a search); {@code nextCursor} is null on the last page. */
    public record ArticlePage(List<ArticleSummary> items, String nextCursor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TagView(String name, String type, double score, int mentions, String wikidataId, String code) {
    }

    public record RelatedView(String id, String url, String title, double score) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LinkView(String url, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RevisionView(String contentHash, Instant fetchedAt, Instant extractedAt) {
    }
}
