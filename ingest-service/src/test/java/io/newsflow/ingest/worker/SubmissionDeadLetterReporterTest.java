package io.newsflow.ingest.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.messaging.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class SubmissionDeadLetterReporterTest {

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final EventCodec codec = new EventCodec(1 << 20);
    private final SubmissionDeadLetterReporter reporter = new SubmissionDeadLetterReporter(codec, publisher,
            Clock.systemUTC());

    SubmissionDeadLetterReporterTest() {
        when(publisher.publish(any(), any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    @Test
    void anUnreadableRecordWithAKeyEndsFailedAsMalformed() {
        reporter.onDeadLetter(record("sub-1", "{oops".getBytes(StandardCharsets.UTF_8)),
                new ListenerExecutionFailedException("listener failed", new MalformedEventException("not JSON")));

        SubmissionStatusChanged status = published();
        assertThat(status.submissionId()).isEqualTo("sub-1");
        assertThat(status.state()).isEqualTo(SubmissionState.FAILED);
        assertThat(status.reasonCode()).isEqualTo(ReasonCodes.MALFORMED_EVENT);
        assertThat(status.message()).isEqualTo("not JSON");
    }

    @Test
    void aReadableRecordThatKeptFailingEndsFailedAsProcessingFailedWithItsUrl() {
        byte[] value = codec.encode(new SubmissionRequested("sub-2", "https://news.example/a", "editor", Instant.now()));

        reporter.onDeadLetter(record("sub-2", value),
                new ListenerExecutionFailedException("listener failed", new IllegalStateException("broker down")));

        SubmissionStatusChanged status = published();
        assertThat(status.reasonCode()).isEqualTo(ReasonCodes.PROCESSING_FAILED);
        assertThat(status.url()).isEqualTo("https://news.example/a");
        assertThat(status.message()).isEqualTo("broker down");
    }

    @Test
    void aRecordWithoutKeyIsOnlyLogged() {
        reporter.onDeadLetter(record(null, "{}".getBytes(StandardCharsets.UTF_8)), new MalformedEventException("x"));
        verifyNoInteractions(publisher);
    }

    @Test
    void recordsOfOtherTopicsAreNotThisServicesBusiness() {
        reporter.onDeadLetter(new ConsumerRecord<>(Topics.ARTICLES_EXTRACTED, 0, 0, "a-1", new byte[0]),
                new MalformedEventException("x"));
        verifyNoInteractions(publisher);
    }

    private static ConsumerRecord<String, byte[]> record(String key, byte[] value) {
        return new ConsumerRecord<>(Topics.SUBMISSIONS, 0, 7, key, value);
    }

    private SubmissionStatusChanged published() {
        ArgumentCaptor<SubmissionStatusChanged> captor = ArgumentCaptor.forClass(SubmissionStatusChanged.class);
        verify(publisher).publish(eq(Topics.SUBMISSION_STATUS), captor.capture());
        return captor.getValue();
    }
}
