package io.newsflow.ingest.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.FetchRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * robots.txt per RFC 9309, parsed by crawler-commons and cached per {@code scheme://host:port} with an
 * expiry. Concurrent checks of one host share one read. What an answer means:
 * <ul>
 *   <li>2xx: the rules, for our product token (the user agent up to its first {@code /});</li>
 *   <li>4xx other than 429, too many redirects, too large: "unavailable", everything is allowed;</li>
 *   <li>429, 5xx, timeouts, connection errors: "unreachable", everything is disallowed for now
 *       (RFC 9309 §2.3.1.4). The page's attempt fails with that failure, so it is retried like a failed
 *       page fetch; this verdict is kept only {@code robotsFailureTtl};</li>
 *   <li>a blocked address, an unknown host: no verdict (kept {@code robotsFailureTtl}); the page fetch
 *       itself then fails the same way, refused before connecting.</li>
 * </ul>
 */
public final class RobotsRules {

    /** The verdict for one URL. */
    public sealed interface Verdict permits Allowed, Disallowed, Unreachable {
    }

    /** @param crawlDelay the host's crawl-delay, zero when it has none */
    public record Allowed(Duration crawlDelay) implements Verdict {
    }

    public record Disallowed(String message) implements Verdict {
    }

    public record Unreachable(FetchOutcome.Failed failure) implements Verdict {
    }

    private final Function<FetchRequest, Mono<FetchOutcome>> fetch;
    private final List<String> robotNames;
    private final Duration ttl;
    private final Duration failureTtl;
    private final Duration maxCrawlDelay;
    private final long maxSize;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /**
     * @param fetch how robots.txt is read (through the politeness gate and the safe fetcher)
     */
    public RobotsRules(Function<FetchRequest, Mono<FetchOutcome>> fetch, String userAgent, Duration ttl,
                       Duration failureTtl, Duration maxCrawlDelay, long maxSize, Clock clock) {
        this.fetch = fetch;
        this.robotNames = List.of(productToken(userAgent));
        this.ttl = ttl;
        this.failureTtl = failureTtl;
        this.maxCrawlDelay = maxCrawlDelay;
        this.maxSize = maxSize;
        this.clock = clock;
    }

    /** {@code NewsflowBot/0.1 (+https://…)} → {@code newsflowbot}. */
    static String productToken(String userAgent) {
        String token = userAgent.trim().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    public Mono<Verdict> check(URI url) {
        URI robotsUrl = robotsUrlOf(url);
        String key = robotsUrl.toString();
        return Mono.defer(() -> {
            Instant now = clock.instant();
            Entry entry = cache.compute(key, (k, existing) ->
                    existing != null && !existing.expired(now) ? existing : new Entry(read(robotsUrl)));
            return entry.rules;
        }).map(rules -> verdict(rules, url));
    }

    /** Forgets every cached robots.txt (tests, operators). */
    public void clear() {
        cache.clear();
    }

    private Mono<Read> read(URI robotsUrl) {
        return fetch.apply(FetchRequest.document(robotsUrl, null, null, maxSize))
                .map(outcome -> interpret(robotsUrl, outcome))
                .cache();
    }

    private Read interpret(URI robotsUrl, FetchOutcome outcome) {
        Instant now = clock.instant();
        if (outcome instanceof FetchOutcome.Fetched page) {
            BaseRobotRules rules = parser.parseContent(robotsUrl.toString(), page.body(), page.contentType(),
                    robotNames);
            return new Read(rules, null, now.plus(ttl));
        }
        FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
        boolean unavailable = switch (failed.reasonCode()) {
            case ReasonCodes.HTTP_ERROR -> failed.httpStatus() >= 400 && failed.httpStatus() < 500
                    && failed.httpStatus() != 429;
            case ReasonCodes.TOO_MANY_REDIRECTS, ReasonCodes.TOO_LARGE, ReasonCodes.UNSUPPORTED_CONTENT_TYPE -> true;
            default -> false;
        };
        if (unavailable) {
            return new Read(parser.failedFetch(404), null, now.plus(ttl));   // allow all
        }
        if (!RetryPolicy.isTransient(failed)) {
            // blocked address, unknown host, invalid URL: the page fetch fails the same way, with its own message
            return new Read(parser.failedFetch(404), null, now.plus(failureTtl));
        }
        FetchOutcome.Failed asRobots = new FetchOutcome.Failed(failed.url(), failed.reasonCode(),
                "robots.txt: " + failed.message(), failed.httpStatus(), failed.retryAfter());
        return new Read(null, asRobots, now.plus(failureTtl));
    }

    private Verdict verdict(Read read, URI url) {
        if (read.failure() != null) {
            return new Unreachable(read.failure());
        }
        if (!read.rules().isAllowed(url.toString())) {
            return new Disallowed("robots.txt of " + url.getHost() + " disallows " + url.getRawPath() + " for "
                    + robotNames.get(0));
        }
        long delayMillis = read.rules().getCrawlDelay();
        Duration delay = delayMillis <= 0 ? Duration.ZERO : Duration.ofMillis(delayMillis);
        return new Allowed(delay.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : delay);
    }

    static URI robotsUrlOf(URI url) {
        try {
            return new URI(url.getScheme().toLowerCase(Locale.ROOT), null, url.getHost(), url.getPort(),
                    "/robots.txt", null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("no robots.txt URL for " + url, e);
        }
    }

    private record Read(BaseRobotRules rules, FetchOutcome.Failed failure, Instant expiresAt) {
    }

    private static final class Entry {
        final Mono<Read> rules;
        volatile Read resolved;

        Entry(Mono<Read> rules) {
            this.rules = rules.doOnNext(read -> resolved = read);
        }

        boolean expired(Instant now) {
            Read read = resolved;
            return read != null && !now.isBefore(read.expiresAt());
        }
    }
}
