package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The article as extracted from the page.
 *
 * @param body         main text, paragraphs separated by newlines
 * @param author       people, several joined by "; "
 * @param publishedAt  publication date, ISO-8601 (date or date-time) as the page states it
 * @param modifiedAt   last modification date, ISO-8601, where given
 * @param language     BCP 47 tag
 * @param links        outbound links inside the article body
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleContent(String title, String body, String author, String publishedAt, String modifiedAt,
                             String language, String siteName, String description, String image,
                             List<String> categories, List<String> tags, List<Link> links) {
}
