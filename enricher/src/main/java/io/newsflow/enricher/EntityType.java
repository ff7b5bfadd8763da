package io.newsflow.enricher;

public enum EntityType {
    PERSON, ORGANIZATION, PLACE, EVENT, WORK
}
