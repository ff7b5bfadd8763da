package io.newsflow.enricher.entity;

import io.newsflow.enricher.EntityType;

/**
 * A well-known entity of the curated gazetteer.
 *
 * @param wikidataId Q-id, or null where the file does not curate one
 */
record GazetteerEntry(String wikidataId, EntityType type, String name) {
}
