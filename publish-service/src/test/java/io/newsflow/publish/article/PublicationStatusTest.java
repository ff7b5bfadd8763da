package io.newsflow.publish.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.publish.article.ArticleStore.StoreResult;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicationStatusTest {

    private static final Instant STORED_AT = Instant.parse("2024-03-02T08:00:00.500Z");
    private final ArticleEnriched article = Articles.article("https://news.example/a", "s-2");

    @Test
    void newArticleMakesItsSubmissionPublishedAtTheTimeItWasStored() {
        SubmissionStatusChanged status = PublicationStatus.of(article, result(RevisionDecision.INSERT, "s-2",
                SubmissionState.PUBLISHED));

        assertThat(status.state()).isEqualTo(SubmissionState.PUBLISHED);
        assertThat(status.articleId()).isEqualTo(article.articleId());
        assertThat(status.at()).isEqualTo(STORED_AT);
        assertThat(status.service()).isEqualTo("publish-service");
    }

    @Test
    void unchangedContentMakesItsSubmissionDuplicateWithoutReasonCode() {
        SubmissionStatusChanged status = PublicationStatus.of(article, result(RevisionDecision.REPLACE_SAME_CONTENT,
                "s-2", SubmissionState.DUPLICATE));

        assertThat(status.state()).isEqualTo(SubmissionState.DUPLICATE);
        assertThat(status.reasonCode()).isNull();
        assertThat(status.message()).isEqualTo("same content already published");
    }

    @Test
    void redeliveryRepeatsExactlyTheStatusFirstGiven() {
        SubmissionStatusChanged first = PublicationStatus.of(article, result(RevisionDecision.REPLACE_SAME_CONTENT,
                "s-2", SubmissionState.DUPLICATE));
        SubmissionStatusChanged again = PublicationStatus.of(article, result(RevisionDecision.REDELIVERY, "s-2",
                SubmissionState.DUPLICATE));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void staleRevisionOfAnotherSubmissionEndsItAsDuplicate() {
        SubmissionStatusChanged status = PublicationStatus.of(article, result(RevisionDecision.STALE, "s-1",
                SubmissionState.PUBLISHED));

        assertThat(status.state()).isEqualTo(SubmissionState.DUPLICATE);
        assertThat(status.message()).contains("newer revision");
    }

    @Test
    void staleRevisionOfTheStoredSubmissionReportsNothing() {
        assertThat(PublicationStatus.of(article, result(RevisionDecision.STALE, "s-2", SubmissionState.PUBLISHED)))
                .isNull();
    }

    private static StoreResult result(RevisionDecision decision, String storedSubmission, SubmissionState outcome) {
        return new StoreResult(decision, new StoredRevision("hash-1", Articles.FETCHED, null, storedSubmission,
                outcome, STORED_AT, STORED_AT, null, java.util.List.of()), null);
    }
}
