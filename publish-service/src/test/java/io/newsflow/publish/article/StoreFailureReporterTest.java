package io.newsflow.publish.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.newsflow.contracts.NewsflowEvent;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.messaging.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class StoreFailureReporterTest {

    private static final Instant NOW = Instant.parse("2024-03-02T08:00:00Z");
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final StoreFailureReporter reporter = new StoreFailureReporter(publisher, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void articleThatCouldNotBeStoredFailsItsSubmissionWithStoreFailed() {
        byte[] value = new EventCodec(1 << 20).encode(Articles.article("https://news.example/a", "s-1"));

        reporter.onDeadLetter(record(value), new ListenerExecutionFailedException("listener failed",
                new IllegalStateException("MongoDB timed out")));

        SubmissionStatusChanged status = published();
        assertThat(status.submissionId()).isEqualTo("s-1");
        assertThat(status.state()).isEqualTo(SubmissionState.FAILED);
        assertThat(status.reasonCode()).isEqualTo("STORE_FAILED");
        assertThat(status.message()).isEqualTo("IllegalStateException: MongoDB timed out");
        assertThat(status.articleId()).isEqualTo(Articles.article("https://news.example/a", "s-1").articleId());
        assertThat(status.at()).isEqualTo(NOW);
    }

    @Test
    void unreadableArticleNamingItsSubmissionFailsItAsMalformed() {
        byte[] value = "{\"schemaVersion\":7,\"submissionId\":\"s-2\"}".getBytes(StandardCharsets.UTF_8);

        reporter.onDeadLetter(record(value), new ListenerExecutionFailedException("listener failed",
                new MalformedEventException("unknown schema version 7")));

        SubmissionStatusChanged status = published();
        assertThat(status.reasonCode()).isEqualTo("MALFORMED_EVENT");
        assertThat(status.articleId()).isEqualTo("key-1");
    }

    @Test
    void recordWithoutAReadableSubmissionIsOnlyLogged() {
        reporter.onDeadLetter(record("garbage".getBytes(StandardCharsets.UTF_8)), new MalformedEventException("bad"));
        reporter.onDeadLetter(record(null), new MalformedEventException("empty"));

        verify(publisher, never()).publish(any(), any());
    }

    @Test
    void deadLettersOfOtherTopicsReportNothing() {
        reporter.onDeadLetter(new ConsumerRecord<>(Topics.SUBMISSION_STATUS, 0, 0, "k",
                "{\"submissionId\":\"s\"}".getBytes(StandardCharsets.UTF_8)), new MalformedEventException("bad"));

        verify(publisher, never()).publish(any(), any());
    }

    @Test
    void failureToReportDoesNotEscapeTheObserver() {
        when(publisher.publish(any(), any())).thenThrow(new IllegalStateException("broker gone"));
        byte[] value = "{\"submissionId\":\"s-3\"}".getBytes(StandardCharsets.UTF_8);

        assertThatCode(() -> reporter.onDeadLetter(record(value), new RuntimeException("x"))).doesNotThrowAnyException();
    }

    private SubmissionStatusChanged published() {
        ArgumentCaptor<NewsflowEvent> event = ArgumentCaptor.forClass(NewsflowEvent.class);
        verify(publisher).publish(eq(Topics.SUBMISSION_STATUS), event.capture());
        return (SubmissionStatusChanged) event.getValue();
    }

    private static ConsumerRecord<String, byte[]> record(byte[] value) {
        return new ConsumerRecord<>(Topics.ARTICLES_ENRICHED, 0, 0, "key-1", value);
    }
}
