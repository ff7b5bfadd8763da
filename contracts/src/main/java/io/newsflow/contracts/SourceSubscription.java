package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A feed or sitemap that ingest-service polls; new entries are submitted like editor URLs with
 * {@code source = "feed:<sourceId>"}. The topic is compacted and is where subscriptions persist: the
 * latest value per sourceId is the subscription with its poll state; a tombstone removes it.
 *
 * @param sourceId            stable id (first 32 hex of SHA-256 of the normalised URL, see {@link ArticleIds})
 * @param url                 the feed or sitemap URL
 * @param kind                FEED or SITEMAP (detected on the first poll when the subscriber did not say)
 * @param title               the feed's title once known, else null
 * @param pollIntervalSeconds how often it is polled
 * @param createdAt           when it was subscribed
 * @param lastPolledAt        the last poll, null before the first
 * @param lastOutcome         a short human-readable result of the last poll ("200, 3 new", "304", "HTTP 500")
 * @param entriesSubmitted    how many entries were submitted from it so far
 * @param etag                validator of the last 200 answer, sent as If-None-Match on the next poll
 * @param lastModified        Last-Modified of the last 200 answer, sent as If-Modified-Since
 * @param seenEntries         short hashes of the normalised entry URLs already submitted, most recent last,
 *                            bounded by the producer: a re-poll submits only entries not in it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceSubscription(int schemaVersion, String sourceId, String url, SourceKind kind, String title,
                                 long pollIntervalSeconds, Instant createdAt, Instant lastPolledAt,
                                 String lastOutcome, long entriesSubmitted, String etag, String lastModified,
                                 List<String> seenEntries) implements NewsflowEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "io.newsflow.source.subscription.v1";
    /** The {@code source} of submissions made from subscription {@code sourceId}. */
    public static final String SOURCE_PREFIX = "feed:";

    public SourceSubscription(String sourceId, String url, SourceKind kind, String title, long pollIntervalSeconds,
                              Instant createdAt, Instant lastPolledAt, String lastOutcome, long entriesSubmitted,
                              String etag, String lastModified, List<String> seenEntries) {
        this(SCHEMA_VERSION, sourceId, url, kind, title, pollIntervalSeconds, createdAt, lastPolledAt, lastOutcome,
                entriesSubmitted, etag, lastModified, seenEntries);
    }

    /** The {@code source} value this subscription's submissions carry. */
    public String submissionSource() {
        return SOURCE_PREFIX + sourceId;
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String key() {
        return sourceId;
    }
}
