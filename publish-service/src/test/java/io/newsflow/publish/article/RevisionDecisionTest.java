package io.newsflow.publish.article;

import static io.newsflow.publish.article.RevisionDecision.INSERT;
import static io.newsflow.publish.article.RevisionDecision.REDELIVERY;
import static io.newsflow.publish.article.RevisionDecision.REPLACE;
import static io.newsflow.publish.article.RevisionDecision.REPLACE_SAME_CONTENT;
import static io.newsflow.publish.article.RevisionDecision.STALE;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Revision;
import io.newsflow.contracts.SubmissionState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevisionDecisionTest {

    private static final Instant STORED_AT = Instant.parse("2024-03-01T10:00:00.123Z");
    private static final StoredRevision STORED = new StoredRevision("hash-1", STORED_AT, null, "s-1",
            SubmissionState.PUBLISHED, STORED_AT, STORED_AT, null, java.util.List.of());

    @Test
    void unknownArticleIsInserted() {
        assertThat(RevisionDecision.of(null, new Revision("hash-1", STORED_AT), "s-1")).isEqualTo(INSERT);
    }

    @Test
    void newerFetchWithOtherContentReplaces() {
        assertThat(RevisionDecision.of(STORED, new Revision("hash-2", STORED_AT.plusSeconds(60)), "s-2"))
                .isEqualTo(REPLACE);
    }

    @Test
    void newerFetchWithTheSameContentIsADuplicate() {
        assertThat(RevisionDecision.of(STORED, new Revision("hash-1", STORED_AT.plusSeconds(60)), "s-2"))
                .isEqualTo(REPLACE_SAME_CONTENT);
    }

    @Test
    void olderFetchChangesNothingWhateverItsContent() {
        assertThat(RevisionDecision.of(STORED, new Revision("hash-0", STORED_AT.minusSeconds(60)), "s-0"))
                .isEqualTo(STALE);
        assertThat(RevisionDecision.of(STORED, new Revision("hash-1", STORED_AT.minusMillis(1)), "s-1"))
                .isEqualTo(STALE);
    }

    @Test
    void theStoredRevisionDeliveredAgainIsARedelivery() {
        assertThat(RevisionDecision.of(STORED, new Revision("hash-1", STORED_AT), "s-1")).isEqualTo(REDELIVERY);
    }

    @Test
    void redeliveryIsRecognisedAlthoughTheStoreKeepsOnlyMilliseconds() {
        // Regression guard: a fetch time with microseconds must not look newer than its stored, truncated self.
        assertThat(RevisionDecision.of(STORED, new Revision("hash-1", STORED_AT.plusNanos(456_789)), "s-1"))
                .isEqualTo(REDELIVERY);
    }

    @Test
    void sameRevisionFromAnotherSubmissionIsStale() {
        assertThat(RevisionDecision.of(STORED, new Revision("hash-1", STORED_AT), "s-9")).isEqualTo(STALE);
    }

    @Test
    void onlyInsertsAndNewerRevisionsWrite() {
        assertThat(INSERT.writes()).isTrue();
        assertThat(REPLACE.writes()).isTrue();
        assertThat(REPLACE_SAME_CONTENT.writes()).isTrue();
        assertThat(REDELIVERY.writes()).isFalse();
        assertThat(STALE.writes()).isFalse();
    }

    @Test
    void laterExtractionOfTheSameFetchIsAReplayThatReplaces() {
        assertThat(RevisionDecision.of(STORED, new Revision("hash-2", STORED_AT, STORED_AT.plusSeconds(3600)), "s-2"))
                .isEqualTo(REPLACE);
        StoredRevision replayed = new StoredRevision("hash-2", STORED_AT, STORED_AT.plusSeconds(3600), "s-2",
                SubmissionState.PUBLISHED, STORED_AT, STORED_AT, null, java.util.List.of());
        assertThat(RevisionDecision.of(replayed, new Revision("hash-1", STORED_AT, STORED_AT.plusSeconds(60)), "s-1"))
                .as("an earlier extraction arriving late").isEqualTo(STALE);
        assertThat(RevisionDecision.of(replayed, new Revision("hash-1", STORED_AT), "s-1"))
                .as("no extraction time counts as oldest").isEqualTo(STALE);
        assertThat(RevisionDecision.of(replayed, new Revision("hash-2", STORED_AT, STORED_AT.plusSeconds(3600)), "s-2"))
                .isEqualTo(REDELIVERY);
    }
}
