package io.newsflow.extractor;

/** A link inside the article body: absolute URL and anchor text. */
public record ArticleLink(String url, String text) {
}
