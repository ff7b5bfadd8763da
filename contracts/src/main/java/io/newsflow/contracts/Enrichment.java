package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What enrich-service adds to an article.
 *
 * @param language     detected BCP 47 language
 * @param tags         entities (people, organisations, places...), keywords and topics, best first per type
 * @param related      other stored articles ranked by similarity, best first
 * @param articleLinks the article's own outbound links that point to articles (not to home pages,
 *                     tag pages, social networks or files)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Enrichment(String language, List<Tag> tags, List<RelatedArticle> related, List<Link> articleLinks) {
}
