package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * Identifies one version of an article: the hash of its extracted content and when it was fetched.
 * Consumers keep the newest revision they have seen and ignore older ones, so redelivery and
 * reordering are harmless.
 *
 * @param contentHash hex SHA-256 of the article's title and body
 * @param fetchedAt   when the page was fetched
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Revision(String contentHash, Instant fetchedAt) {

    /** True when this revision was fetched strictly after {@code other} (a null other is older). */
    public boolean isNewerThan(Revision other) {
        return other == null || other.fetchedAt() == null || fetchedAt.isAfter(other.fetchedAt());
    }
}
