package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A tag of an article.
 *
 * @param name       display name ("Jens Stoltenberg", "NATO", "military aid")
 * @param type       what it names
 * @param score      salience in [0, 1], higher is more central to the article
 * @param mentions   how often it occurs in the text (0 when not counted)
 * @param wikidataId Wikidata item id ("Q7184") for well-known entities, else null
 * @param code       machine code for topics (IPTC Media Topic code), else null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tag(String name, TagType type, double score, int mentions, String wikidataId, String code) {
}
