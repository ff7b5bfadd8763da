package io.newsflow.contracts;

/** What a tag names. */
public enum TagType {
    PERSON,
    ORGANIZATION,
    PLACE,
    EVENT,
    WORK,
    /** A key phrase of the text. */
    KEYWORD,
    /** A subject code (IPTC Media Topic). */
    TOPIC
}
