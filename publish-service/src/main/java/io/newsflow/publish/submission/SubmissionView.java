package io.newsflow.publish.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/submissions/{id}} (and the {@code status} events of the live stream): where a
 * submission is, the article it produced once known (for a near-duplicate, {@code duplicateOf} is the
 * original's id), and every step it went through, oldest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubmissionView(String id, String url, String state, String articleId, String reasonCode, String message,
                      String duplicateOf, Instant createdAt, Instant updatedAt, List<Step> history) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Step(String state, String reasonCode, String message, String service, Instant at) {
    }
}
