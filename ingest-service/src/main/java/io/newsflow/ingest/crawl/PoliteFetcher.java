package io.newsflow.ingest.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.PageFetcher;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The fetcher as the rest of the service sees it: each attempt first asks {@link RobotsRules}, then waits
 * for its turn at the {@link PolitenessGate} (host delay = max(configured, crawl-delay)), then runs the
 * SSRF-safe {@link PageFetcher}; transient failures are retried per {@link RetryPolicy} (a Retry-After
 * also holds back every other request to that host). Gives up with {@code RETRIES_EXHAUSTED} naming
 * the last failure. Never throws: the result is a {@link FetchOutcome}.
 *
 * <p>Limit: redirects are followed inside one attempt, so a hop to another host is neither queued on that
 * host nor checked against its robots.txt (the address policy still checks every hop).
 */
public final class PoliteFetcher {

    private static final Logger log = LoggerFactory.getLogger(PoliteFetcher.class);
    /** HTTP requests made, tagged with how each ended (OK, NOT_MODIFIED or a reason code) and the host. */
    public static final String REQUESTS_COUNTER = "newsflow.fetch.requests";

    private final PageFetcher fetcher;
    private final PolitenessGate gate;
    private final Optional<RobotsRules> robots;
    private final RetryPolicy retries;
    private final Duration hostDelay;
    private final MeterRegistry meters;

    public PoliteFetcher(PageFetcher fetcher, PolitenessGate gate, Optional<RobotsRules> robots, RetryPolicy retries,
                         Duration hostDelay, MeterRegistry meters) {
        this.fetcher = fetcher;
        this.gate = gate;
        this.robots = robots;
        this.retries = retries;
        this.hostDelay = hostDelay;
        this.meters = meters;
    }

    /** One request through the gate, without robots.txt or retries (how robots.txt itself is read). */
    public Mono<FetchOutcome> fetchOnce(FetchRequest request, Duration delay) {
        String host = HostKeys.of(request.url());
        return gate.run(host, delay, fetcher.fetch(request)).doOnNext(outcome -> count(host, outcome));
    }

    public Mono<FetchOutcome> fetch(FetchRequest request) {
        return attempt(request, 1);
    }

    private Mono<FetchOutcome> attempt(FetchRequest request, int attempt) {
        URI url = request.url();
        Mono<RobotsRules.Verdict> verdict = robots.map(rules -> rules.check(url))
                .orElse(Mono.just(new RobotsRules.Allowed(Duration.ZERO)));
        return verdict.flatMap(v -> {
            if (v instanceof RobotsRules.Disallowed disallowed) {
                return Mono.just((FetchOutcome) new FetchOutcome.Failed(url, ReasonCodes.ROBOTS_DISALLOWED,
                        disallowed.message()));
            }
            if (v instanceof RobotsRules.Unreachable unreachable) {
                return Mono.just((FetchOutcome) unreachable.failure());
            }
            return fetchOnce(request, max(hostDelay, ((RobotsRules.Allowed) v).crawlDelay()));
        }).flatMap(outcome -> {
            if (!(outcome instanceof FetchOutcome.Failed failed) || !RetryPolicy.isTransient(failed)) {
                return Mono.just(outcome);
            }
            if (!retries.retries(failed, attempt)) {
                return Mono.just(attempt == 1 ? outcome : exhausted(failed, attempt));
            }
            Duration wait = retries.waitAfter(failed, attempt);
            if (failed.retryAfter() != null) {
                gate.holdOff(HostKeys.of(url), wait);
            }
            log.debug("attempt {} of {} failed ({} {}), next in {} ms", attempt, url, failed.reasonCode(),
                    failed.message(), wait.toMillis());
            return Mono.delay(wait).then(Mono.defer(() -> attempt(request, attempt + 1)));
        });
    }

    private static FetchOutcome.Failed exhausted(FetchOutcome.Failed last, int attempts) {
        return new FetchOutcome.Failed(last.url(), ReasonCodes.RETRIES_EXHAUSTED, "gave up after " + attempts
                + " attempts, last: " + last.reasonCode() + " " + last.message(), last.httpStatus(), last.retryAfter());
    }

    private void count(String host, FetchOutcome outcome) {
        String tag = outcome instanceof FetchOutcome.Failed failed ? failed.reasonCode()
                : outcome instanceof FetchOutcome.NotModified ? "NOT_MODIFIED" : "OK";
        meters.counter(REQUESTS_COUNTER, "outcome", tag, "host", host).increment();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
