package io.newsflow.enricher;

import java.util.List;

/**
 * A text to enrich, and a member of the corpus.
 *
 * @param id       stable id (the article id)
 * @param url      where it was published, may be null
 * @param title    headline, may be empty
 * @param body     main text, paragraphs separated by newlines
 * @param language BCP 47 tag if already known, else null (detected)
 * @param links    outbound link URLs of the article body, may be empty
 */
public record Document(String id, String url, String title, String body, String language, List<String> links) {
}
