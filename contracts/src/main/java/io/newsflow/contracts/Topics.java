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

    /** Suffix of the dead-letter topic of each topic. */
    public static final String DLT_SUFFIX = ".DLT";

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}. */
    public static String deadLetterOf(String topic) {
        return topic + DLT_SUFFIX;
    }
}
