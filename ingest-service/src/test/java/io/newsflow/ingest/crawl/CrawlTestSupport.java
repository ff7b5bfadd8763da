package io.newsflow.ingest.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.fetch.PageFetcher;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import reactor.core.scheduler.Schedulers;

/** Polite fetchers for tests of other stages. */
public final class CrawlTestSupport {

    private CrawlTestSupport() {
    }

    /** Robots.txt read, one request per host at a time, {@code hostDelay} apart, 3 quick attempts. */
    public static PoliteFetcher politeFetcher(PageFetcher pages, Duration hostDelay, MeterRegistry meters) {
        PolitenessGate gate = new PolitenessGate(1, 16, Schedulers.parallel());
        PoliteFetcher[] self = new PoliteFetcher[1];
        RobotsRules robots = new RobotsRules(request -> self[0].fetchOnce(request, hostDelay), "NewsflowTest/1.0",
                Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofSeconds(5), 512 * 1024, Clock.systemUTC());
        self[0] = new PoliteFetcher(pages, gate, Optional.of(robots),
                new RetryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(2), () -> 0.5),
                hostDelay, meters);
        return self[0];
    }
}
