package io.newsflow.enricher;

/**
 * A named entity of the text.
 *
 * @param type       PERSON, ORGANIZATION, PLACE, EVENT or WORK
 * @param score      salience in [0, 1]
 * @param mentions   occurrences in the text
 * @param wikidataId Wikidata id for well-known entities, else null
 */
public record Entity(String name, EntityType type, double score, int mentions, String wikidataId) {
}
