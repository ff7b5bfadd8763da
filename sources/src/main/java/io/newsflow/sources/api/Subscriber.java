package io.newsflow.sources.api;

import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.SourceKind;
import io.newsflow.contracts.SourceSubscription;
import io.newsflow.sources.parse.SubmittableUrls;
import io.newsflow.sources.poll.EntryKeys;
import io.newsflow.sources.registry.SourceRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/**
 * Creates subscriptions: validates the URL, kind and interval, and writes the subscription unless one with
 * the same id (the article-id hash of the normalised URL) exists. A new subscription is due at once: the
 * scheduler's next tick polls it.
 */
class Subscriber {

    private final SourceRegistry registry;
    private final Clock clock;
    private final Duration defaultInterval;
    private final Duration minInterval;
    private final Duration maxInterval;

    Subscriber(SourceRegistry registry, Clock clock, Duration defaultInterval, Duration minInterval, Duration maxInterval) {
        this.registry = registry;
        this.clock = clock;
        this.defaultInterval = defaultInterval;
        this.minInterval = minInterval;
        this.maxInterval = maxInterval;
    }

    /** The outcome: the subscription, and whether this call created it. */
    record Subscribed(SourceSubscription subscription, boolean created) {
    }

    /** Fails with a 400 {@link SourceApiException} for invalid input. */
    Mono<Subscribed> subscribe(String url, String kind, Long pollIntervalSeconds) {
        if (!registry.isReady()) {
            return Mono.error(SourceApiException.notReady());
        }
        String problem = SubmittableUrls.problemOf(url);
        if (problem != null) {
            return Mono.error(new SourceApiException(HttpStatus.BAD_REQUEST, "url: " + problem));
        }
        SourceKind sourceKind;
        long interval;
        try {
            sourceKind = kind(kind);
            interval = interval(pollIntervalSeconds);
        } catch (SourceApiException e) {
            return Mono.error(e);
        }
        String id = idOf(url.strip());
        return registry.find(id).map(existing -> Mono.just(new Subscribed(existing, false)))
                .orElseGet(() -> registry.save(new SourceSubscription(id, url.strip(), sourceKind, null, interval,
                        clock.instant(), null, null, 0, null, null, List.of())).map(saved -> new Subscribed(saved, true)));
    }

    static String idOf(String url) {
        return ArticleIds.of(EntryKeys.normalise(url));
    }

    private static SourceKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;   // detected on the first poll
        }
        try {
            return SourceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SourceApiException(HttpStatus.BAD_REQUEST, "kind: must be FEED or SITEMAP (or left out)");
        }
    }

    private long interval(Long seconds) {
        if (seconds == null) {
            return defaultInterval.toSeconds();
        }
        if (seconds < minInterval.toSeconds() || seconds > maxInterval.toSeconds()) {
            throw new SourceApiException(HttpStatus.BAD_REQUEST, "pollIntervalSeconds: must be between "
                    + minInterval.toSeconds() + " and " + maxInterval.toSeconds());
        }
        return seconds;
    }
}
