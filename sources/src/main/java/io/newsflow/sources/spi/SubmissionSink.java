package io.newsflow.sources.spi;

import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Submits URLs exactly like an editor submission (same validation, same ACCEPTED status before the
 * request, same topics), with {@code source} recorded for provenance: {@code "feed:<sourceId>"} for a
 * subscription's entries, {@code "upload"} for an uploaded list.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>the caller sends at most {@link #MAX_BATCH} URLs per call, each already checked to be an
 *       absolute http(s) URL with a host and at most 2,048 characters; the sink validates again and
 *       fails the whole call with {@link IllegalArgumentException} if one is invalid;</li>
 *   <li>the Mono emits one {@link SubmittedUrl} per URL, in order, once the broker acknowledged the
 *       submissions; it fails (any exception) if they could not be published — the caller then
 *       treats none of them as submitted and retries later.</li>
 * </ul>
 */
@FunctionalInterface
public interface SubmissionSink {

    /** Most URLs in one call (the editor API's own bound). */
    int MAX_BATCH = 100;

    /** Submits {@code urls} with provenance {@code source}. */
    Mono<List<SubmittedUrl>> submit(List<String> urls, String source);

    /**
     * One accepted URL.
     *
     * @param id  the submission id (follow it at publish-service's {@code /api/submissions/{id}})
     * @param url the URL as submitted
     */
    record SubmittedUrl(String id, String url) {
    }
}
