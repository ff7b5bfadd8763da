package io.newsflow.publish.article;

import org.bson.Document;

/**
 * Application event: an article revision was written to the store (inserted, or replaced by a newer
 * one with other content). Webhooks listen to it. {@code article} is the stored document.
 */
public record ArticleWritten(String articleId, Document article) {
}
