package io.newsflow.extractor;

import java.util.List;
import java.util.Map;

/**
 * What the extractor found on a page. Every field may be null (lists may be empty) when the page
 * does not state it. An empty {@code articleBody} always comes with an {@code emptyReason}.
 *
 * @param articleBody   main text, paragraphs separated by newlines; "" when no article was found
 * @param title         headline without the " | Site name" suffix
 * @param author        people, several joined by "; "
 * @param date          publication date, ISO-8601
 * @param dateModified  last modification date, ISO-8601
 * @param language      BCP 47 tag
 * @param siteName      name of the site
 * @param canonicalUrl  rel=canonical / og:url, resolved against the page URL
 * @param description   summary the page gives of itself
 * @param image         lead image URL
 * @param categories    sections as the page states them
 * @param tags          tags/keywords as the page states them
 * @param links         outbound links inside the article body, resolved
 * @param sources       field name to where its value came from (json-ld, opengraph, meta, microdata,
 *                      byline, time, url, title, heading, detection)
 * @param emptyReason   why there is no body (e.g. "no article text found", "not HTML"), else null
 */
public record ExtractedArticle(String articleBody, String title, String author, String date, String dateModified,
                               String language, String siteName, String canonicalUrl, String description,
                               String image, List<String> categories, List<String> tags, List<ArticleLink> links,
                               Map<String, String> sources, String emptyReason) {

    public boolean hasBody() {
        return articleBody != null && !articleBody.isBlank();
    }
}
