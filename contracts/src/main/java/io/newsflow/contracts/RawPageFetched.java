package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The raw bytes of a fetched page, gzip-compressed, kept so a better extractor can re-process it
 * without re-fetching (replay). Key = {@code articleId + "/" + contentHash}; the topic is compacted.
 * Pages whose compressed size exceeds the producer's bound are not kept (the article still flows).
 *
 * @param articleId     the article the page became
 * @param submissionId  the submission that fetched it
 * @param url           the URL fetched (after redirects)
 * @param contentType   the HTTP Content-Type as served (charset included), may be null
 * @param fetchedAt     when it was fetched ({@link Revision#fetchedAt()} of the revision)
 * @param contentHash   {@link Revision#contentHash()} of the revision extracted from it
 * @param source        provenance, as in {@link SubmissionRequested#source()}
 * @param gzippedBody   the page bytes, gzip-compressed (base64 in JSON)
 * @param originalBytes the uncompressed size
 * @param etag          the ETag it was served with, for a conditional re-fetch (may be null)
 * @param lastModified  the Last-Modified it was served with (may be null)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RawPageFetched(int schemaVersion, String articleId, String submissionId, String url, String contentType,
                             Instant fetchedAt, String contentHash, String source, byte[] gzippedBody,
                             long originalBytes, String etag, String lastModified) implements NewsflowEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "io.newsflow.page.raw-fetched.v1";

    public RawPageFetched(String articleId, String submissionId, String url, String contentType, Instant fetchedAt,
                          String contentHash, String source, byte[] gzippedBody, long originalBytes, String etag,
                          String lastModified) {
        this(SCHEMA_VERSION, articleId, submissionId, url, contentType, fetchedAt, contentHash, source, gzippedBody,
                originalBytes, etag, lastModified);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String key() {
        return articleId + "/" + contentHash;
    }
}
