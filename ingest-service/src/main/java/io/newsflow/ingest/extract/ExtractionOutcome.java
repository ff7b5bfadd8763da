package io.newsflow.ingest.extract;

import io.newsflow.contracts.ArticleExtracted;

/** What extraction made of a fetched page: an article event, or the reason there is none. */
public sealed interface ExtractionOutcome permits ExtractionOutcome.Article, ExtractionOutcome.NoArticle {

    record Article(ArticleExtracted event) implements ExtractionOutcome {
    }

    /** The page holds no article text; {@code message} says why ("no article text found"). */
    record NoArticle(String message) implements ExtractionOutcome {
    }
}
