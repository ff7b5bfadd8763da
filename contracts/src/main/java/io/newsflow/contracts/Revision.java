package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Identifies one version of an article: the hash of its extracted content and when it was fetched.
 * Consumers keep the newest revision they have seen and ignore older ones, so redelivery and
 * reordering are harmless.
 *
 * @param contentHash hex SHA-256 of the article's title and body
 * @param fetchedAt   when the page was fetched
 * @param extractedAt when the page was extracted; later than {@code fetchedAt} when stored raw HTML was
 *                    re-extracted (replay), which makes a newer revision of the same fetch. May be null
 *                    (events written before replay existed), which counts as oldest.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Revision(String contentHash, Instant fetchedAt, Instant extractedAt) {

    public Revision(String contentHash, Instant fetchedAt) {
        this(contentHash, fetchedAt, null);
    }

    /**
     * True when this revision was fetched strictly after {@code other}, or fetched at the same time and
     * extracted strictly later (a replay). A null other is older.
     */
    public boolean isNewerThan(Revision other) {
        if (other == null || other.fetchedAt() == null) {
            return true;
        }
        if (!fetchedAt.equals(other.fetchedAt())) {
            return fetchedAt.isAfter(other.fetchedAt());
        }
        return extractedAt != null && (other.extractedAt() == null || extractedAt.isAfter(other.extractedAt()));
    }
}
