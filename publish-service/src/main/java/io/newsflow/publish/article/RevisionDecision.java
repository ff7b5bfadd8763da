package io.newsflow.publish.article;

import io.newsflow.contracts.Revision;
import java.time.Instant;
import java.util.Objects;

/**
 * What to do with an incoming revision of an article, given the stored one. The newest fetch wins:
 * an older or equal revision never overwrites, so redelivery and reordering change nothing.
 */
enum RevisionDecision {
    /** Not stored yet: insert; the submission is PUBLISHED. */
    INSERT,
    /** Newer and with other content: replace; the submission is PUBLISHED. */
    REPLACE,
    /** Newer, same content: replace (fresher fetch, maybe fresher enrichment); the submission is DUPLICATE. */
    REPLACE_SAME_CONTENT,
    /** The stored revision itself, delivered again: change nothing, repeat the status it was given. */
    REDELIVERY,
    /** Older than the stored revision (or as old, from another submission): change nothing. */
    STALE;

    static RevisionDecision of(StoredRevision stored, Revision incoming, String incomingSubmissionId) {
        if (stored == null) {
            return INSERT;
        }
        Instant fetchedAt = ArticleDocuments.storedPrecision(incoming.fetchedAt());
        boolean sameContent = Objects.equals(stored.contentHash(), incoming.contentHash());
        if (fetchedAt.isAfter(stored.fetchedAt())) {
            return sameContent ? REPLACE_SAME_CONTENT : REPLACE;
        }
        if (fetchedAt.equals(stored.fetchedAt()) && sameContent
                && Objects.equals(stored.submissionId(), incomingSubmissionId)) {
            return REDELIVERY;
        }
        return STALE;
    }

    boolean writes() {
        return this == INSERT || this == REPLACE || this == REPLACE_SAME_CONTENT;
    }
}
