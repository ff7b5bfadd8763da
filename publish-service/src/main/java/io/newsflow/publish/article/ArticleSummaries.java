package io.newsflow.publish.article;

import io.newsflow.publish.article.ArticleViews.ArticleSummary;
import org.bson.Document;

/** Public access to the API forms of a stored article (for the stream, the feeds and webhooks). */
public final class ArticleSummaries {

    private ArticleSummaries() {
    }

    public static ArticleSummary of(Document article, int maxTags) {
        return ArticleDocuments.toSummary(article, maxTags);
    }

    /** The whole article as {@code GET /api/articles/{id}} shows it (webhook payloads). */
    public static ArticleViews.ArticleView view(Document article) {
        return ArticleDocuments.toView(article);
    }
}
