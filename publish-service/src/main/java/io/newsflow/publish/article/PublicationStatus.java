package io.newsflow.publish.article;

import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.publish.article.ArticleStore.StoreResult;
import java.util.Objects;

/**
 * The status a submission gets once its article reached the store. Its time is the time the stored
 * revision was written, so handling the same record twice emits the same event twice, which the
 * submission history records once.
 */
final class PublicationStatus {

    static final String SERVICE = "publish-service";
    static final String PUBLISHED_MESSAGE = "published";
    static final String DUPLICATE_MESSAGE = "same content already published";
    static final String STALE_MESSAGE = "a newer revision of this article is already published";

    private PublicationStatus() {
    }

    /** The status to emit, or null when there is nobody to tell (no submission, or the stored one's own). */
    static SubmissionStatusChanged of(ArticleEnriched article, StoreResult result) {
        if (article.submissionId() == null) {
            return null;
        }
        StoredRevision stored = result.revision();
        return switch (result.decision()) {
            case INSERT, REPLACE -> status(article, SubmissionState.PUBLISHED, PUBLISHED_MESSAGE, stored);
            case REPLACE_SAME_CONTENT -> status(article, SubmissionState.DUPLICATE, DUPLICATE_MESSAGE, stored);
            case REDELIVERY -> status(article, stored.outcome(),
                    stored.outcome() == SubmissionState.DUPLICATE ? DUPLICATE_MESSAGE : PUBLISHED_MESSAGE, stored);
            case STALE -> Objects.equals(article.submissionId(), stored.submissionId()) ? null
                    : status(article, SubmissionState.DUPLICATE, STALE_MESSAGE, stored);
        };
    }

    private static SubmissionStatusChanged status(ArticleEnriched article, SubmissionState state, String message,
                                                  StoredRevision stored) {
        return new SubmissionStatusChanged(article.submissionId(), article.url(), article.articleId(), state, null,
                message, SERVICE, stored.updatedAt());
    }
}
