package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An editor (or a subscribed source) asked for a URL to be ingested.
 *
 * @param submissionId unique id of this submission (a UUID)
 * @param url          the URL as submitted (already validated: http/https, has a host, at most 2,048 chars)
 * @param source       who asked: {@code editor} or {@code feed:<sourceId>}, for provenance
 * @param requestedAt  when the request was accepted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionRequested(int schemaVersion, String submissionId, String url, String source,
                                  Instant requestedAt) implements NewsflowEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "io.newsflow.submission.requested.v1";

    public SubmissionRequested(String submissionId, String url, String source, Instant requestedAt) {
        this(SCHEMA_VERSION, submissionId, url, source, requestedAt);
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
