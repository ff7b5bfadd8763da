package io.newsflow.publish.article;

import io.newsflow.contracts.SubmissionState;
import java.time.Instant;

/**
 * What the store knows about the revision of an article it holds.
 *
 * @param outcome   the status its submission was given (PUBLISHED, or DUPLICATE for unchanged content)
 * @param updatedAt when it was stored; also the time of that status, so a redelivery re-emits the very
 *                  same status event and the submission history does not grow
 */
record StoredRevision(String contentHash, Instant fetchedAt, String submissionId, SubmissionState outcome,
                      Instant firstSeen, Instant updatedAt) {
}
