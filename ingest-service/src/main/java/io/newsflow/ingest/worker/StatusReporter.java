package io.newsflow.ingest.worker;

import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.messaging.EventPublisher;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Emits a submission's status changes and waits for the broker's acknowledgement, so a worker moves on
 * (and its offset is committed) only once the status is durable.
 */
@Component
class StatusReporter {

    static final String SERVICE = "ingest-service";

    private final EventPublisher publisher;
    private final IngestProperties props;
    private final Clock clock;

    StatusReporter(EventPublisher publisher, IngestProperties props, Clock clock) {
        this.publisher = publisher;
        this.props = props;
        this.clock = clock;
    }

    void report(SubmissionRequested submission, SubmissionState state, String articleId, String message)
            throws Exception {
        send(new SubmissionStatusChanged(submission.submissionId(), submission.url(), articleId, state, null,
                message, SERVICE, clock.instant()));
    }

    void failed(SubmissionRequested submission, String reasonCode, String message) throws Exception {
        send(new SubmissionStatusChanged(submission.submissionId(), submission.url(), null, SubmissionState.FAILED,
                reasonCode, message, SERVICE, clock.instant()));
    }

    private void send(SubmissionStatusChanged status) throws Exception {
        publisher.publish(Topics.SUBMISSION_STATUS, status)
                .get(props.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
