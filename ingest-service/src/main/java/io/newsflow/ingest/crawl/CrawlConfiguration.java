package io.newsflow.ingest.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.config.CrawlProperties;
import io.newsflow.ingest.config.FetchProperties;
import io.newsflow.ingest.fetch.PageFetcher;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Schedulers;

/** The polite fetcher: one politeness gate and one robots.txt cache per copy of the service. */
@Configuration(proxyBeanMethods = false)
class CrawlConfiguration {

    @Bean
    PolitenessGate politenessGate(CrawlProperties props) {
        return new PolitenessGate(props.maxPerHost(), props.maxInFlight(), Schedulers.parallel());
    }

    @Bean
    PoliteFetcher politeFetcher(PageFetcher pageFetcher, PolitenessGate gate, CrawlProperties props,
                                FetchProperties fetchProps, MeterRegistry meters, Clock clock) {
        PoliteFetcher[] self = new PoliteFetcher[1];
        Optional<RobotsRules> robots = props.robotsEnabled()
                ? Optional.of(new RobotsRules(request -> self[0].fetchOnce(request, props.hostDelay()),
                fetchProps.userAgent(), props.robotsCacheTtl(), props.robotsFailureTtl(), props.maxCrawlDelay(),
                props.robotsMaxSize().toBytes(), clock))
                : Optional.empty();
        RetryPolicy retries = new RetryPolicy(props.maxAttempts(), props.initialBackoff(), props.maxBackoff(),
                props.maxRetryAfter(), () -> ThreadLocalRandom.current().nextDouble());
        self[0] = new PoliteFetcher(pageFetcher, gate, robots, retries, props.hostDelay(), meters);
        return self[0];
    }
}
