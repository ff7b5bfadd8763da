package io.newsflow.publish.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The bodies of the article API: read models built from the stored documents, never the documents. */
final class ArticleViews {

    private ArticleViews() {
    }

    /** {@code GET /api/articles/{id}}: the whole article with its enrichment and provenance. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArticleView(String id, String url, String canonicalUrl, String title, String body, String author,
                       String publishedAt, String modifiedAt, String language, String siteName, String description,
                       String image, List<String> categories, List<String> pageTags, List<TagView> tags,
                       List<RelatedView> related, List<LinkView> articleLinks, RevisionView revision,
                       String submissionId, Instant firstSeen, Instant updatedAt) {
    }

    /** One article of a listing or of the live stream: no body, the best tags only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArticleSummary(String id, String url, String title, String description, String author, String siteName,
                          String language, String publishedAt, String image, List<TagView> tags, Instant firstSeen,
                          Instant updatedAt) {
    }

    /** {@code GET /api/articles}: a page, newest first; {@code nextCursor} is null on the last page. */
    record ArticlePage(List<ArticleSummary> items, String nextCursor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TagView(String name, String type, double score, int mentions, String wikidataId, String code) {
    }

    record RelatedView(String id, String url, String title, double score) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LinkView(String url, String text) {
    }

    record RevisionView(String contentHash, Instant fetchedAt) {
    }
}
