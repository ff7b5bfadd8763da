package io.newsflow.publish.article;

import io.newsflow.contracts.Revision;
import java.util.Objects;

/**
 * What to do with an incoming revision of an article, given the stored one. The newest revision wins
 * ({@link Revision#isNewerThan}: a later fetch, or a later extraction of the same fetch, i.e. a replay):
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
        // Compared at MongoDB's millisecond precision, the precision the stored revision has.
        Revision precise = new Revision(incoming.contentHash(), ArticleDocuments.storedPrecision(incoming.fetchedAt()),
                incoming.extractedAt() == null ? null : ArticleDocuments.storedPrecision(incoming.extractedAt()));
        boolean sameContent = Objects.equals(stored.contentHash(), incoming.contentHash());
        if (precise.isNewerThan(stored.revision())) {
            return sameContent ? REPLACE_SAME_CONTENT : REPLACE;
        }
        if (precise.fetchedAt().equals(stored.fetchedAt()) && Objects.equals(precise.extractedAt(), stored.extractedAt())
                && sameContent && Objects.equals(stored.submissionId(), incomingSubmissionId)) {
            return REDELIVERY;
        }
        return STALE;
    }

    boolean writes() {
        return this == INSERT || this == REPLACE || this == REPLACE_SAME_CONTENT;
    }
}
