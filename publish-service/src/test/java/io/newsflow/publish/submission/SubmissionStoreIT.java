package io.newsflow.publish.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.publish.store.EmbeddedMongo;
import io.newsflow.publish.store.MutableClock;
import io.newsflow.publish.submission.SubmissionView.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Submission history and state rules against the embedded MongoDB-compatible server. */
class SubmissionStoreIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2024-03-02T08:00:00Z");
    @RegisterExtension
    static final EmbeddedMongo mongo = EmbeddedMongo.perClass();

    private SubmissionStore store;

    @BeforeEach
    void freshDatabase() {
        store = new SubmissionStore(mongo.collections("test-" + UUID.randomUUID()), new MutableClock(T0));
    }

    @Test
    void everyStepIsKeptInOrderWithTheArticleIdOnceKnown() {
        record(status(SubmissionState.ACCEPTED, null, 0));
        record(status(SubmissionState.FETCHING, null, 1));
        record(status(SubmissionState.EXTRACTED, "art-1", 2));

        SubmissionView view = find();
        assertThat(view.history()).extracting(Step::state).containsExactly("ACCEPTED", "FETCHING", "EXTRACTED");
        assertThat(view.state()).isEqualTo("EXTRACTED");
        assertThat(view.articleId()).isEqualTo("art-1");
        assertThat(view.url()).isEqualTo("https://news.example/a");
        assertThat(view.history().get(2).service()).isEqualTo("ingest-service");
    }

    @Test
    void redeliveredEventIsRecordedOnce() {
        assertThat(record(status(SubmissionState.ACCEPTED, null, 0))).isTrue();

        assertThat(record(status(SubmissionState.ACCEPTED, null, 0))).isFalse();
        assertThat(find().history()).hasSize(1);
    }

    @Test
    void historyIsInTimeOrderWhateverTheArrivalOrder() {
        record(status(SubmissionState.FETCHING, null, 1));
        record(status(SubmissionState.ACCEPTED, null, 0));

        assertThat(find().history()).extracting(Step::state).containsExactly("ACCEPTED", "FETCHING");
        assertThat(find().state()).isEqualTo("FETCHING");
    }

    @Test
    void nonTerminalStateNeverReplacesATerminalOne() {
        record(status(SubmissionState.PUBLISHED, "art-1", 5));

        record(status(SubmissionState.ENRICHED, "art-1", 4));
        record(status(SubmissionState.FETCHING, "art-1", 9));

        SubmissionView view = find();
        assertThat(view.state()).isEqualTo("PUBLISHED");
        assertThat(view.history()).extracting(Step::state).containsExactly("ENRICHED", "PUBLISHED", "FETCHING");
    }

    @Test
    void firstTerminalStateIsFinal() {
        record(new SubmissionStatusChanged("sub-1", "https://news.example/a", null, SubmissionState.FAILED,
                ReasonCodes.HTTP_ERROR, "HTTP 404 Not Found", "ingest-service", T0.plusSeconds(3)));

        record(status(SubmissionState.PUBLISHED, "art-1", 4));

        SubmissionView view = find();
        assertThat(view.state()).isEqualTo("FAILED");
        assertThat(view.reasonCode()).isEqualTo("HTTP_ERROR");
        assertThat(view.message()).isEqualTo("HTTP 404 Not Found");
    }

    @Test
    void terminalStateWinsOverAnEarlierArrivedLaterNonTerminalOne() {
        record(status(SubmissionState.ENRICHED, "art-1", 9));

        record(status(SubmissionState.PUBLISHED, "art-1", 5));

        assertThat(find().state()).isEqualTo("PUBLISHED");
    }

    @Test
    void unknownSubmissionIsEmpty() {
        assertThat(store.find("nope").blockOptional(TIMEOUT)).isEmpty();
    }

    @Test
    void aFailureThatIsTheFirstEventSetsStateReasonAndMessageAtOnce() {
        record(new SubmissionStatusChanged("sub-1", "https://news.example/a", null, SubmissionState.FAILED,
                ReasonCodes.MALFORMED_EVENT, "record value is not JSON", "publish-service", T0));

        SubmissionView view = find();
        assertThat(view.state()).isEqualTo("FAILED");
        assertThat(view.reasonCode()).isEqualTo(ReasonCodes.MALFORMED_EVENT);
        assertThat(view.message()).isEqualTo("record value is not JSON");
    }

    private Boolean record(SubmissionStatusChanged status) {
        return store.record(status).block(TIMEOUT);
    }

    private SubmissionView find() {
        return store.find("sub-1").block(TIMEOUT);
    }

    private static SubmissionStatusChanged status(SubmissionState state, String articleId, int second) {
        return new SubmissionStatusChanged("sub-1", "https://news.example/a", articleId, state, null, null,
                "ingest-service", T0.plusSeconds(second).plusNanos(123_456));
    }
}
