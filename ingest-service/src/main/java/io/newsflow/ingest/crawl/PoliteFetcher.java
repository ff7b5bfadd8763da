package io.newsflow.ingest.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.PageFetcher;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
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
 * <p>Redirect hops go through the same checks as the first request: each waits for its own host's turn
 * (that host's delay and crawl-delay) and obeys that host's robots.txt; a disallowed hop ends the fetch
 * with {@code ROBOTS_DISALLOWED}. A host's turn is held only for its own request, never while another
 * host is waited for.
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

    /**
     * One fetch, each of its requests in its host's turn, without robots.txt or retries (how robots.txt
     * itself is read).
     */
    public Mono<FetchOutcome> fetchOnce(FetchRequest request, Duration delay) {
        String host = HostKeys.of(request.url());
        return fetcher.fetch(request, inTurn(delay)).doOnNext(outcome -> count(host, outcome));
    }

    /** Each request waits for its host's turn, {@code delay} apart. */
    private PageFetcher.HopGate inTurn(Duration delay) {
        return new PageFetcher.HopGate() {
            @Override
            public <T> Mono<T> run(URI url, Mono<T> request, Function<FetchOutcome.Failed, T> refused) {
                return gate.run(HostKeys.of(url), delay, request);
            }
        };
    }

    /** Each request obeys its host's robots.txt, then waits for the host's turn (the longer of both delays). */
    private final PageFetcher.HopGate politely = new PageFetcher.HopGate() {
        @Override
        public <T> Mono<T> run(URI url, Mono<T> request, Function<FetchOutcome.Failed, T> refused) {
            return verdict(url).flatMap(v -> {
                if (v instanceof RobotsRules.Disallowed disallowed) {
                    return Mono.just(refused.apply(new FetchOutcome.Failed(url, ReasonCodes.ROBOTS_DISALLOWED,
                            disallowed.message())));
                }
                if (v instanceof RobotsRules.Unreachable unreachable) {
                    return Mono.just(refused.apply(unreachable.failure()));
                }
                return gate.run(HostKeys.of(url), max(hostDelay, ((RobotsRules.Allowed) v).crawlDelay()), request);
            });
        }
    };

    private Mono<RobotsRules.Verdict> verdict(URI url) {
        return robots.map(rules -> rules.check(url)).orElse(Mono.just(new RobotsRules.Allowed(Duration.ZERO)));
    }

    public Mono<FetchOutcome> fetch(FetchRequest request) {
        return attempt(request, 1);
    }

    private Mono<FetchOutcome> attempt(FetchRequest request, int attempt) {
        URI url = request.url();
        // The first request's robots.txt verdict is asked before the fetch, so a refusal is not counted as a
        // request; the gate asks again for every request (a cache hit here) and for each redirect hop.
        return verdict(url).flatMap(v -> {
            if (v instanceof RobotsRules.Disallowed disallowed) {
                return Mono.just((FetchOutcome) new FetchOutcome.Failed(url, ReasonCodes.ROBOTS_DISALLOWED,
                        disallowed.message()));
            }
            if (v instanceof RobotsRules.Unreachable unreachable) {
                return Mono.just((FetchOutcome) unreachable.failure());
            }
            String host = HostKeys.of(url);
            return fetcher.fetch(request, politely).doOnNext(outcome -> count(host, outcome));
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
