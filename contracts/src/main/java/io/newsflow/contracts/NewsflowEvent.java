package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An event published on a Newsflow topic. Every event carries the version of its schema; a consumer
 * refuses (dead-letters) a version newer than it understands and ignores fields it does not know.
 */
public interface NewsflowEvent {

    /** Version of this event's schema; bumped on incompatible change only. */
    int schemaVersion();

    /** The CloudEvents {@code type}, e.g. {@code io.newsflow.submission.requested.v1}. */
    @JsonIgnore
    String eventType();

    /** The Kafka record key: the article id for article events, the submission id otherwise. */
    @JsonIgnore
    String key();
}
