package io.newsflow.publish.article;

import io.newsflow.contracts.Revision;
import io.newsflow.contracts.SubmissionState;
import java.time.Instant;
import java.util.List;
import org.bson.Document;

/**
 * What the store knows about the revision of an article it holds.
 *
 * @param extractedAt    when that fetch was extracted (null for events before replays existed)
 * @param outcome        the status its submission was given (PUBLISHED, or DUPLICATE for unchanged content)
 * @param updatedAt      when it was stored; also the time of that status, so a redelivery re-emits the very
 *                       same status event and the submission history does not grow
 * @param relatedVersion version of the related list (null before its first link update); a write is
 *                       conditional on it, so no concurrent link is lost
 * @param related        the stored related list, carried over into a newer revision
 */
record StoredRevision(String contentHash, Instant fetchedAt, Instant extractedAt, String submissionId,
                      SubmissionState outcome, Instant firstSeen, Instant updatedAt, Long relatedVersion,
                      List<Document> related) {

    Revision revision() {
        return new Revision(contentHash, fetchedAt, extractedAt);
    }
}
