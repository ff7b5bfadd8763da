package io.newsflow.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.ingest.config.CrawlProperties;
import io.newsflow.ingest.config.FetchProperties;
import io.newsflow.ingest.fetch.HostResolver;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.support.SimHost;
import io.newsflow.sources.spi.FetchedSource;
import io.newsflow.sources.spi.SourceFetchException;
import io.newsflow.sources.spi.SourceRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class PoliteSourceFetcherTest {

    private static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>";

    private final SimHost host = new SimHost("127.0.0.1");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PoliteSourceFetcher fetcher = new PoliteSourceFetcher(CrawlTestSupport.politeFetcher(
            new PageFetcher(new FetchProperties(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(3),
                    DataSize.ofKilobytes(64), 5, "NewsflowTest/1.0", List.of("127.0.0.1/32")), HostResolver.SYSTEM,
                    Clock.systemUTC()), Duration.ZERO, meters),
            new CrawlProperties(Duration.ZERO, 1, 16, Duration.ofSeconds(5), true, Duration.ofHours(1),
                    Duration.ofSeconds(1), DataSize.ofKilobytes(500), 3, Duration.ofMillis(50), Duration.ofMillis(100),
                    Duration.ofSeconds(1), DataSize.ofKilobytes(128)));

    PoliteSourceFetcherTest() throws IOException {
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void anyContentTypeIsReadUpToTheSourceLimitWithItsValidators() {
        String big = FEED + " ".repeat(100 * 1024);   // over the 64 KB page limit, under the 128 KB source limit
        host.on("/feed.xml", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"e1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Tue, 01 Sep 2026 10:00:00 GMT");
            SimHost.send(exchange, 200, "application/rss+xml", big);
        });

        FetchedSource fetched = fetcher.fetch(SourceRequest.of(host.url("/feed.xml"))).block(Duration.ofSeconds(10));

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(big);
        assertThat(fetched.contentType()).isEqualTo("application/rss+xml");
        assertThat(fetched.etag()).isEqualTo("\"e1\"");
        assertThat(fetched.lastModified()).isEqualTo("Tue, 01 Sep 2026 10:00:00 GMT");
        assertThat(meters.counter(PoliteFetcher.REQUESTS_COUNTER, "outcome", "OK", "host", host.hostKey()).count())
                .isEqualTo(1);
    }

    @Test
    void validatorsAreSentAndA304PassesThrough() {
        host.on("/feed.xml", exchange -> {
            boolean same = "\"e1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                    && "Tue, 01 Sep 2026 10:00:00 GMT".equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            if (same) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                SimHost.send(exchange, 200, "application/rss+xml", FEED);
            }
        });

        FetchedSource fetched = fetcher.fetch(new SourceRequest(host.url("/feed.xml"), "\"e1\"",
                "Tue, 01 Sep 2026 10:00:00 GMT")).block(Duration.ofSeconds(10));

        assertThat(fetched.notModified()).isTrue();
        assertThat(fetched.etag()).isEqualTo("\"e1\"");
        assertThat(fetched.body()).isEmpty();
    }

    @Test
    void failuresCarryTheirReasonCodeAndHttpStatus() {
        host.on("/gone.xml", exchange -> SimHost.send(exchange, 410, "text/plain", "gone"));
        host.on("/robots.txt", exchange -> SimHost.send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private\n"));

        SourceFetchException gone = catchThrowableOfType(SourceFetchException.class,
                () -> fetcher.fetch(SourceRequest.of(host.url("/gone.xml"))).block(Duration.ofSeconds(10)));
        SourceFetchException robots = catchThrowableOfType(SourceFetchException.class,
                () -> fetcher.fetch(SourceRequest.of(host.url("/private/feed.xml"))).block(Duration.ofSeconds(10)));
        SourceFetchException blocked = catchThrowableOfType(SourceFetchException.class,
                () -> fetcher.fetch(SourceRequest.of(URI.create("http://10.1.2.3/feed.xml"))).block(Duration.ofSeconds(10)));

        assertThat(gone.reasonCode()).isEqualTo(ReasonCodes.HTTP_ERROR);
        assertThat(gone.httpStatus()).isEqualTo(410);
        assertThat(robots.reasonCode()).isEqualTo(ReasonCodes.ROBOTS_DISALLOWED);
        assertThat(robots.httpStatus()).isZero();
        assertThat(blocked.reasonCode()).isEqualTo(ReasonCodes.BLOCKED_ADDRESS);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(host.pageHits()).extracting(SimHost.Hit::path).containsExactly("/gone.xml"));
    }
}
