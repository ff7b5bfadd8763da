package io.newsflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.newsflow.contracts.ArticleContent;
import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.Enrichment;
import io.newsflow.contracts.NewsflowEvent;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.Revision;
import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class FailedSubmissionReporterTest {

    private static final Instant NOW = Instant.parse("2024-03-02T08:00:00Z");

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final EventCodec codec = new EventCodec(1 << 20);
    private final FailedSubmissionReporter reporter = new FailedSubmissionReporter(codec, publisher,
            Clock.fixed(NOW, ZoneOffset.UTC), "test-service");

    FailedSubmissionReporterTest() {
        when(publisher.publish(any(), any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    @Test
    void anUnreadableSubmissionWithAKeyEndsFailedAsMalformed() {
        reporter.onDeadLetter(new ConsumerRecord<>(Topics.SUBMISSIONS, 0, 7, "sub-1", bytes("{oops")),
                new ListenerExecutionFailedException("listener failed", new MalformedEventException("not JSON")));

        SubmissionStatusChanged status = published();
        assertThat(status.submissionId()).isEqualTo("sub-1");
        assertThat(status.state()).isEqualTo(SubmissionState.FAILED);
        assertThat(status.reasonCode()).isEqualTo(ReasonCodes.MALFORMED_EVENT);
        assertThat(status.message()).isEqualTo("MalformedEventException: not JSON");
        assertThat(status.service()).isEqualTo("test-service");
        assertThat(status.at()).isEqualTo(NOW);
    }

    @Test
    void aReadableSubmissionThatKeptFailingEndsFailedAsProcessingFailedWithItsUrl() {
        byte[] value = codec.encode(new SubmissionRequested("sub-2", "https://news.example/a", "editor", NOW));

        reporter.onDeadLetter(new ConsumerRecord<>(Topics.SUBMISSIONS, 0, 7, "sub-2", value),
                new ListenerExecutionFailedException("listener failed", new IllegalStateException("broker down")));

        SubmissionStatusChanged status = published();
        assertThat(status.reasonCode()).isEqualTo(ReasonCodes.PROCESSING_FAILED);
        assertThat(status.url()).isEqualTo("https://news.example/a");
        assertThat(status.articleId()).isNull();
        assertThat(status.message()).isEqualTo("IllegalStateException: broker down");
    }

    @Test
    void aSubmissionWithoutKeyIsOnlyLogged() {
        reporter.onDeadLetter(new ConsumerRecord<>(Topics.SUBMISSIONS, 0, 7, null, bytes("{}")),
                new MalformedEventException("x"));
        verifyNoInteractions(publisher);
    }

    @Test
    void anArticleThatCouldNotBeStoredFailsItsSubmissionWithStoreFailed() {
        ArticleEnriched article = new ArticleEnriched("art-1", "s-1", "https://news.example/a", null,
                new Revision("h", NOW), new ArticleContent("T", "B", null, null, null, "en", null, null, null,
                List.of(), List.of(), List.of()), new Enrichment("en", List.of(), List.of(), List.of()));

        reporter.onDeadLetter(new ConsumerRecord<>(Topics.ARTICLES_ENRICHED, 0, 0, "art-1", codec.encode(article)),
                new ListenerExecutionFailedException("listener failed", new IllegalStateException("MongoDB timed out")));

        SubmissionStatusChanged status = published();
        assertThat(status.submissionId()).isEqualTo("s-1");
        assertThat(status.reasonCode()).isEqualTo(ReasonCodes.STORE_FAILED);
        assertThat(status.message()).isEqualTo("IllegalStateException: MongoDB timed out");
        assertThat(status.articleId()).isEqualTo("art-1");
        assertThat(status.url()).isEqualTo("https://news.example/a");
    }

    @Test
    void anExtractedArticleThatCouldNotBeEnrichedFailsItsSubmissionWithEnrichmentFailed() {
        reporter.onDeadLetter(new ConsumerRecord<>(Topics.ARTICLES_EXTRACTED, 0, 0, "art-2",
                        bytes("{\"schemaVersion\":1,\"submissionId\":\"s-4\",\"articleId\":\"art-2\"}")),
                new RuntimeException("model failed"));

        assertThat(published().reasonCode()).isEqualTo(ReasonCodes.ENRICHMENT_FAILED);
    }

    @Test
    void anUnreadableArticleNamingItsSubmissionFailsItAsMalformedUnderItsKey() {
        reporter.onDeadLetter(new ConsumerRecord<>(Topics.ARTICLES_ENRICHED, 0, 0, "key-1",
                        bytes("{\"schemaVersion\":7,\"submissionId\":\"s-2\"}")),
                new ListenerExecutionFailedException("listener failed",
                        new MalformedEventException("unknown schema version 7")));

        SubmissionStatusChanged status = published();
        assertThat(status.submissionId()).isEqualTo("s-2");
        assertThat(status.reasonCode()).isEqualTo(ReasonCodes.MALFORMED_EVENT);
        assertThat(status.articleId()).isEqualTo("key-1");
    }

    @Test
    void anArticleWithoutAReadableSubmissionIsOnlyLogged() {
        reporter.onDeadLetter(new ConsumerRecord<>(Topics.ARTICLES_ENRICHED, 0, 0, "key-1", bytes("garbage")),
                new MalformedEventException("bad"));
        reporter.onDeadLetter(new ConsumerRecord<>(Topics.ARTICLES_ENRICHED, 0, 0, "key-1", null),
                new MalformedEventException("empty"));
        verifyNoInteractions(publisher);
    }

    @Test
    void aDeadLetteredStatusIsNotReportedAsAnotherStatus() {
        reporter.onDeadLetter(new ConsumerRecord<>(Topics.SUBMISSION_STATUS, 0, 0, "k", bytes("{\"submissionId\":\"s\"}")),
                new MalformedEventException("bad"));
        verifyNoInteractions(publisher);
    }

    @Test
    void failureToReportDoesNotEscapeTheObserver() {
        when(publisher.publish(any(), any())).thenThrow(new IllegalStateException("broker gone"));

        assertThatCode(() -> reporter.onDeadLetter(new ConsumerRecord<>(Topics.ARTICLES_ENRICHED, 0, 0, "k",
                bytes("{\"submissionId\":\"s-3\"}")), new RuntimeException("x"))).doesNotThrowAnyException();
    }

    private SubmissionStatusChanged published() {
        ArgumentCaptor<NewsflowEvent> event = ArgumentCaptor.forClass(NewsflowEvent.class);
        verify(publisher).publish(eq(Topics.SUBMISSION_STATUS), event.capture());
        return (SubmissionStatusChanged) event.getValue();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
