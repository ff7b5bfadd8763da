package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A submission moved to a new state. Emitted by every stage; publish-service keeps the history.
 *
 * @param articleId  the article id once known (from EXTRACTED on), else null
 * @param reasonCode for FAILED (and DUPLICATE): one of {@link ReasonCodes}, else null
 * @param message    a human-readable detail, e.g. "HTTP 404 Not Found"
 * @param service    the service that emitted the change
 * @param duplicateOf for DUPLICATE of a near-duplicate (syndicated copy on another URL): the article id
 *                    of the original it was linked to; else null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionStatusChanged(int schemaVersion, String submissionId, String url, String articleId,
                                      SubmissionState state, String reasonCode, String message, String service,
                                      Instant at, String duplicateOf) implements NewsflowEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "io.newsflow.submission.status-changed.v1";

    public SubmissionStatusChanged(String submissionId, String url, String articleId, SubmissionState state,
                                   String reasonCode, String message, String service, Instant at) {
        this(SCHEMA_VERSION, submissionId, url, articleId, state, reasonCode, message, service, at, null);
    }

    /** As read or re-written by a consumer that keeps the schema version it was given (no duplicateOf). */
    public SubmissionStatusChanged(int schemaVersion, String submissionId, String url, String articleId,
                                   SubmissionState state, String reasonCode, String message, String service,
                                   Instant at) {
        this(schemaVersion, submissionId, url, articleId, state, reasonCode, message, service, at, null);
    }

    /** A DUPLICATE status linking a near-duplicate copy to its original. */
    public static SubmissionStatusChanged nearDuplicate(String submissionId, String url, String articleId,
                                                        String originalId, String message, String service,
                                                        Instant at) {
        return new SubmissionStatusChanged(SCHEMA_VERSION, submissionId, url, articleId, SubmissionState.DUPLICATE,
                ReasonCodes.NEAR_DUPLICATE, message, service, at, originalId);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String key() {
        return submissionId;
    }
}
