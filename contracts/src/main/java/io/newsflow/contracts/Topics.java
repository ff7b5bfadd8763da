package io.newsflow.contracts;

/**
 * Kafka topic names. Article topics are keyed by {@code articleId} and log-compacted (the topic is
 * the source of truth); submission topics are keyed by {@code submissionId}. A record that cannot
 * be processed after bounded retries lands in {@code <topic>.DLT}.
 */
public final class Topics {

    /** {@link SubmissionRequested}, key = submissionId. */
    public static final String SUBMISSIONS = "newsflow.submissions";

    /** {@link SubmissionStatusChanged}, key = submissionId. */
    public static final String SUBMISSION_STATUS = "newsflow.submissions.status";

    /** {@link ArticleExtracted}, key = articleId, compacted. */
    public static final String ARTICLES_EXTRACTED = "newsflow.articles.extracted";

    /** {@link ArticleEnriched}, key = articleId, compacted. */
    public static final String ARTICLES_ENRICHED = "newsflow.articles.enriched";

    /**
     * {@link ArticleRelatedLinked}: an earlier article gained a related article. Key = articleId of the
     * article to update (not compacted: every link is an event; publish-service merges them).
     */
    public static final String ARTICLES_RELATED = "newsflow.articles.related";

    /** {@link SourceSubscription}, key = sourceId, compacted; a tombstone (null value) removes the source. */
    public static final String SOURCES = "newsflow.sources";

    /**
     * {@link RawPageFetched}: the compressed HTML of each fetched revision, so a better extractor can
     * re-process without re-fetching. Key = {@code articleId/contentHash}, compacted. Owned by ingest-service.
     */
    public static final String PAGES_RAW = "newsflow.pages.raw";

    /** Suffix of the dead-letter topic of each topic. */
    public static final String DLT_SUFFIX = ".DLT";

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}. */
    public static String deadLetterOf(String topic) {
        return topic + DLT_SUFFIX;
    }
}
