package io.newsflow.sources.api;

import io.newsflow.sources.poll.PollScheduler;
import io.newsflow.sources.registry.SourceRegistry;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/sources}: subscribe, list, show, unsubscribe, poll now. */
@RestController
class SourceController extends ProblemHandling {

    private final SourceRegistry registry;
    private final Subscriber subscriber;
    private final PollScheduler scheduler;

    SourceController(SourceRegistry registry, Subscriber subscriber, PollScheduler scheduler) {
        this.registry = registry;
        this.subscriber = subscriber;
        this.scheduler = scheduler;
    }

    /**
     * @param url                 the feed or sitemap (http/https)
     * @param kind                FEED or SITEMAP; left out, it is detected on the first poll
     * @param pollIntervalSeconds left out, the configured default
     */
    record SubscriptionRequest(String url, String kind, Long pollIntervalSeconds) {
    }

    /** The result of {@code POST /api/sources/{id}/poll}. */
    record PollAnswer(String outcome, int submitted, SourceView source) {
    }

    @PostMapping("/api/sources")
    Mono<ResponseEntity<SourceView>> subscribe(@RequestBody SubscriptionRequest request) {
        return subscriber.subscribe(request.url(), request.kind(), request.pollIntervalSeconds())
                .map(subscribed -> {
                    if (!subscribed.created()) {
                        String id = subscribed.subscription().sourceId();
                        throw new SourceApiException(HttpStatus.CONFLICT, "already subscribed to this URL",
                                Map.of("sourceId", id, "source", "/api/sources/" + id));
                    }
                    SourceView view = SourceView.of(subscribed.subscription());
                    return ResponseEntity.created(URI.create("/api/sources/" + view.id())).body(view);
                });
    }

    @GetMapping("/api/sources")
    List<SourceView> list() {
        ready();
        return registry.all().stream().map(SourceView::of).toList();
    }

    @GetMapping("/api/sources/{id}")
    SourceView show(@PathVariable String id) {
        ready();
        return registry.find(id).map(SourceView::of).orElseThrow(() -> SourceApiException.notFound(id));
    }

    @DeleteMapping("/api/sources/{id}")
    Mono<ResponseEntity<Void>> unsubscribe(@PathVariable String id) {
        ready();
        if (registry.find(id).isEmpty()) {
            return Mono.error(SourceApiException.notFound(id));
        }
        return registry.remove(id).thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/api/sources/{id}/poll")
    Mono<PollAnswer> pollNow(@PathVariable String id) {
        ready();
        return scheduler.pollNow(id)
                .orElseThrow(() -> SourceApiException.notFound(id))
                .map(result -> new PollAnswer(result.outcome(), result.submitted(), SourceView.of(result.subscription())));
    }

    private void ready() {
        if (!registry.isReady()) {
            throw SourceApiException.notReady();
        }
    }
}
