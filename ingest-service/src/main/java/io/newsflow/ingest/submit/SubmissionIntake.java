package io.newsflow.ingest.submit;

import io.newsflow.contracts.NewsflowEvent;
import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.messaging.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import org.springframework.stereotype.Component;

/**
 * Turns validated URLs into submissions on the broker. ACCEPTED statuses are acknowledged before the
 * requests themselves are sent, so no worker's FETCHING can overtake an ACCEPTED on the status topic;
 * the caller's answer waits for both.
 */
@Component
class SubmissionIntake {

    static final String SOURCE = "editor";
    private static final String SERVICE = "ingest-service";

    private final EventPublisher publisher;
    private final IngestProperties props;
    private final Clock clock;

    SubmissionIntake(EventPublisher publisher, IngestProperties props, Clock clock) {
        this.publisher = publisher;
        this.props = props;
        this.clock = clock;
    }

    Mono<List<SubmissionReceipt>> submit(List<String> urls) {
        return submit(urls, SOURCE);
    }

    /**
     * Submits {@code urls} (already valid) on behalf of {@code source}: {@code editor}, {@code upload} or
     * {@code feed:<sourceId>}; the source travels with the submission to the extracted article.
     */
    Mono<List<SubmissionReceipt>> submit(List<String> urls, String source) {
        Instant now = clock.instant();
        List<SubmissionRequested> requests = urls.stream()
                .map(url -> new SubmissionRequested(UUID.randomUUID().toString(), url, source, now))
                .toList();
        List<SubmissionStatusChanged> accepted = requests.stream()
                .map(request -> new SubmissionStatusChanged(request.submissionId(), request.url(), null,
                        SubmissionState.ACCEPTED, null, null, SERVICE, now))
                .toList();
        List<SubmissionReceipt> receipts = requests.stream()
                .map(request -> new SubmissionReceipt(request.submissionId(), request.url(), SubmissionState.ACCEPTED))
                .toList();
        return publishAll(Topics.SUBMISSION_STATUS, accepted)
                .then(publishAll(Topics.SUBMISSIONS, requests))
                .timeout(props.publishTimeout())
                .onErrorMap(error -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                        "the message broker did not acknowledge the submission; nothing was lost, try again", error))
                .thenReturn(receipts);
    }

    /** Sends off the event loop: a producer may block while it fetches cluster metadata. */
    private Mono<Void> publishAll(String topic, List<? extends NewsflowEvent> events) {
        return Flux.fromIterable(events)
                .flatMap(event -> Mono.fromFuture(() -> publisher.publish(topic, event)))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }
}
