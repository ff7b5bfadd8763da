package io.newsflow.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.ReasonCodes;
import io.newsflow.ingest.config.FetchProperties;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.HostResolver;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.support.SimHost;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

class RobotsRulesTest {

    private static final String ROBOTS = """
            User-agent: otherbot
            Disallow: /

            User-agent: NewsflowTest
            Disallow: /private/
            Allow: /private/open
            Crawl-delay: 2

            User-agent: *
            Disallow: /
            """;

    private final SimHost host = new SimHost("127.0.0.1");
    private final PageFetcher pages = new PageFetcher(new FetchProperties(Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(3), DataSize.ofMegabytes(1), 5, "NewsflowTest/1.0 (+https://test.example)",
            List.of("127.0.0.1/32")), HostResolver.SYSTEM, Clock.systemUTC());
    private final PolitenessGate gate = new PolitenessGate(1, 16, Schedulers.parallel());

    RobotsRulesTest() throws IOException {
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void theGroupOfOurProductTokenDecidesAndItsCrawlDelayIsHonouredUpToTheCap() {
        host.on("/robots.txt", exchange -> SimHost.send(exchange, 200, "text/plain", ROBOTS));
        RobotsRules robots = robots(Duration.ofMinutes(5), Duration.ofSeconds(10));

        assertThat(robots.check(host.url("/news/1")).block()).isEqualTo(new RobotsRules.Allowed(Duration.ofSeconds(2)));
        assertThat(robots.check(host.url("/private/x")).block()).isInstanceOf(RobotsRules.Disallowed.class);
        assertThat(robots.check(host.url("/private/open")).block()).isInstanceOf(RobotsRules.Allowed.class);
        assertThat(robots(Duration.ofMinutes(5), Duration.ofSeconds(1)).check(host.url("/news/1")).block())
                .isEqualTo(new RobotsRules.Allowed(Duration.ofSeconds(1)));
        assertThat(((RobotsRules.Disallowed) robots.check(host.url("/private/x")).block()).message())
                .isEqualTo("robots.txt of 127.0.0.1 disallows /private/x for newsflowtest");
    }

    @Test
    void concurrentChecksShareOneReadUntilItExpires() throws InterruptedException {
        host.on("/robots.txt", exchange -> SimHost.send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /x\n"));
        RobotsRules robots = robots(Duration.ofMillis(300), Duration.ZERO);

        Flux.range(0, 20).flatMap(i -> robots.check(host.url("/a/" + i))).collectList().block(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(host.hits()).hasSize(1));
        Thread.sleep(400);
        robots.check(host.url("/a/0")).block(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(host.hits()).hasSize(2));
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        RobotsRules robots = robots(Duration.ofMinutes(5), Duration.ofSeconds(10));
        assertThat(robots.check(host.url("/anything")).block()).isEqualTo(new RobotsRules.Allowed(Duration.ZERO));
    }

    @Test
    void aServerErrorDisallowsForNowAsAnUnreachableFailureThatIsRetried() {
        host.on("/robots.txt", exchange -> SimHost.send(exchange, 503, "text/plain", "busy"));
        RobotsRules robots = robots(Duration.ofMinutes(5), Duration.ofSeconds(10));

        RobotsRules.Verdict verdict = robots.check(host.url("/news/1")).block();

        assertThat(verdict).isInstanceOf(RobotsRules.Unreachable.class);
        FetchOutcome.Failed failure = ((RobotsRules.Unreachable) verdict).failure();
        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.HTTP_ERROR);
        assertThat(failure.httpStatus()).isEqualTo(503);
        assertThat(failure.message()).startsWith("robots.txt: HTTP 503");
        assertThat(RetryPolicy.isTransient(failure)).isTrue();
    }

    @Test
    void theRobotsUrlKeepsSchemeHostAndPort() {
        assertThat(RobotsRules.robotsUrlOf(URI.create("https://user@News.Example:8443/a/b?c=d#e")))
                .isEqualTo(URI.create("https://News.Example:8443/robots.txt"));
        assertThat(RobotsRules.robotsUrlOf(URI.create("http://[::1]/a"))).isEqualTo(URI.create("http://[::1]/robots.txt"));
        assertThat(RobotsRules.productToken("NewsflowBot/0.1 (+https://newsflow.io/bot)")).isEqualTo("newsflowbot");
    }

    private RobotsRules robots(Duration ttl, Duration maxCrawlDelay) {
        return new RobotsRules(request -> gate.run(HostKeys.of(request.url()), Duration.ZERO, pages.fetch(request)),
                "NewsflowTest/1.0 (+https://test.example)", ttl, Duration.ofMillis(100), maxCrawlDelay, 500 * 1024,
                Clock.systemUTC());
    }
}
