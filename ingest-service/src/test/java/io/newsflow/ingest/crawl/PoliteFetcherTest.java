package io.newsflow.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.ingest.config.FetchProperties;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.HostResolver;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.support.SimHost;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;

class PoliteFetcherTest {

    private static final String PAGE = "<html><body><p>page</p></body></html>";

    private final SimHost host = new SimHost("127.0.0.1");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PoliteFetcher fetcher = CrawlTestSupport.politeFetcher(new PageFetcher(new FetchProperties(
            Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(2), DataSize.ofKilobytes(64), 5,
            "NewsflowTest/1.0", List.of("127.0.0.1/32")), HostResolver.SYSTEM, Clock.systemUTC()),
            Duration.ofMillis(20), meters);

    PoliteFetcherTest() throws IOException {
    }

    private final SimHost other = new SimHost("127.0.0.1");   // another port: another host for the gate

    @AfterEach
    void stop() {
        host.close();
        other.close();
    }

    @Test
    void aRedirectToAnotherHostObeysThatHostsRobotsTxt() {
        other.on("/robots.txt", exchange -> SimHost.send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
        other.on("/private/*", SimHost.html(PAGE));
        host.on("/moved", exchange -> redirect(exchange, other.url("/private/page")));

        FetchOutcome outcome = fetcher.fetch(FetchRequest.page(host.url("/moved"))).block(Duration.ofSeconds(10));

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, failed ->
                assertThat(failed.reasonCode()).isEqualTo(ReasonCodes.ROBOTS_DISALLOWED));
        assertThat(other.pageHits()).isEmpty();
    }

    @Test
    void redirectHopsWaitForTheirOwnHostsTurn() {
        other.on("/robots.txt", exchange -> SimHost.send(exchange, 200, "text/plain", "User-agent: *\nCrawl-delay: 0.3\n"));
        other.on("/p/*", SimHost.html(PAGE));
        host.on("/r/*", exchange -> redirect(exchange,
                other.url("/p/" + exchange.getRequestURI().getPath().substring("/r/".length()))));

        List<FetchOutcome> outcomes = Flux.range(0, 4).flatMap(i -> fetcher.fetch(FetchRequest.page(host.url("/r/" + i))))
                .collectList().block(Duration.ofSeconds(15));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(other.pageHits()).hasSize(4));
        List<SimHost.Hit> pages = other.pageHits();
        assertThat(pages).hasSize(4);
        assertThat(other.maxConcurrent()).isEqualTo(1);
        for (int i = 1; i < pages.size(); i++) {
            assertThat((pages.get(i).startNanos() - pages.get(i - 1).endNanos()) / 1e6).isGreaterThanOrEqualTo(295.0);
        }
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, java.net.URI to) throws IOException {
        exchange.getResponseHeaders().set("Location", to.toString());
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    @Test
    void aLongerCrawlDelayFromRobotsTxtSpacesTheRequests() {
        host.on("/robots.txt", exchange -> SimHost.send(exchange, 200, "text/plain", "User-agent: *\nCrawl-delay: 0.3\n"));
        host.on("/p/*", SimHost.html(PAGE));

        Flux.range(0, 4).flatMap(i -> fetcher.fetch(io.newsflow.ingest.fetch.FetchRequest.page(host.url("/p/" + i))))
                .collectList().block(Duration.ofSeconds(10));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(host.pageHits()).hasSize(4));
        List<SimHost.Hit> pages = host.pageHits();
        for (int i = 1; i < pages.size(); i++) {
            assertThat((pages.get(i).startNanos() - pages.get(i - 1).endNanos()) / 1e6).isGreaterThanOrEqualTo(295.0);
        }
    }

    @Test
    void transientFailuresAreRetriedAndThenExhaustedPermanentOnesAreNot() {
        AtomicInteger attempts = new AtomicInteger();
        host.on("/down", exchange -> {
            attempts.incrementAndGet();
            SimHost.send(exchange, 503, "text/plain", "down");
        });
        host.on("/missing", exchange -> SimHost.send(exchange, 404, "text/html", "<p>no</p>"));

        FetchOutcome.Failed down = (FetchOutcome.Failed) fetcher.fetch(io.newsflow.ingest.fetch.FetchRequest.page(host.url("/down")))
                .block(Duration.ofSeconds(10));
        FetchOutcome.Failed missing = (FetchOutcome.Failed) fetcher.fetch(io.newsflow.ingest.fetch.FetchRequest.page(host.url("/missing")))
                .block(Duration.ofSeconds(10));

        assertThat(down.reasonCode()).isEqualTo(ReasonCodes.RETRIES_EXHAUSTED);
        assertThat(down.message()).isEqualTo("gave up after 3 attempts, last: HTTP_ERROR HTTP 503 Service Unavailable");
        assertThat(attempts.get()).isEqualTo(3);
        assertThat(missing.reasonCode()).isEqualTo(ReasonCodes.HTTP_ERROR);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(host.pageHits().stream().filter(hit -> hit.path().equals("/missing")).count()).isEqualTo(1));
        assertThat(meters.counter(PoliteFetcher.REQUESTS_COUNTER, "outcome", ReasonCodes.HTTP_ERROR, "host", host.hostKey())
                .count()).isEqualTo(5);   // robots.txt (404), three 503s, one 404: every request is counted
    }
}
