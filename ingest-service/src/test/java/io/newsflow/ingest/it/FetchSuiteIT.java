package io.newsflow.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.ingest.support.Articles;
import io.newsflow.ingest.support.IngestItSupport;
import io.newsflow.ingest.support.SimHost;
import io.newsflow.ingest.support.TopicReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Misbehaving hosts, each a server of its own, all submitted at once: every case ends in its documented
 * state and reason within its bound (measured between the submission's ACCEPTED and its last status;
 * timeouts here: connect 1 s, read 1 s, total 3 s, 3 attempts, back-off 100–300 ms, Retry-After ≤ 2 s).
 */
class FetchSuiteIT extends IngestItSupport {

    private static final List<SimHost> hosts = new ArrayList<>();
    private static final Map<String, SimHost> byCase = new LinkedHashMap<>();
    private static final AtomicInteger tooMany = new AtomicInteger();
    private static final AtomicInteger flaky = new AtomicInteger();

    /** Expected end of each case and its bound. */
    private record Expect(SubmissionState state, String reason, Duration bound, String messageStart) {
    }

    private static final Map<String, Expect> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void startHosts() throws IOException {
        host("slow", "127.0.0.11", "/story", exchange -> {
            Thread.sleep(600);   // slower than usual, inside the 1 s read timeout
            SimHost.html(Articles.page(9101)).handle(exchange);
        }, new Expect(SubmissionState.EXTRACTED, null, Duration.ofSeconds(4), null));
        SimHost hanging = host("hanging", "127.0.0.12", "/story", exchange -> byCase.get("hanging").closing.await(30,
                TimeUnit.SECONDS), new Expect(SubmissionState.FAILED, ReasonCodes.RETRIES_EXHAUSTED, Duration.ofSeconds(8),
                "gave up after 3 attempts, last: TIMEOUT"));
        host("huge", "127.0.0.13", "/story", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>more and more</p>".repeat(500).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    out.write(chunk);
                }
            }
        }, new Expect(SubmissionState.FAILED, ReasonCodes.TOO_LARGE, Duration.ofSeconds(3), "body is larger than 256 KB"));
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
        host("gzip-bomb", "127.0.0.14", "/story", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, bomb.length);
            exchange.getResponseBody().write(bomb);
        }, new Expect(SubmissionState.FAILED, ReasonCodes.TOO_LARGE, Duration.ofSeconds(3),
                "body is larger than 256 KB once decoded (gzip)"));
        host("redirect-loop", "127.0.0.15", "/story", exchange -> {
            exchange.getResponseHeaders().set("Location", "/story2");
            exchange.sendResponseHeaders(302, -1);
        }, new Expect(SubmissionState.FAILED, ReasonCodes.TOO_MANY_REDIRECTS, Duration.ofSeconds(3), "redirect loop"));
        byCase.get("redirect-loop").on("/story2", exchange -> {
            exchange.getResponseHeaders().set("Location", "/story");
            exchange.sendResponseHeaders(302, -1);
        });
        host("429-retry-after", "127.0.0.16", "/story", exchange -> {
            if (tooMany.getAndIncrement() == 0) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                SimHost.send(exchange, 429, "text/plain", "slow down");
            } else {
                SimHost.html(Articles.page(9102)).handle(exchange);
            }
        }, new Expect(SubmissionState.EXTRACTED, null, Duration.ofSeconds(4), null));
        host("429-forever", "127.0.0.17", "/story", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "1");
            SimHost.send(exchange, 429, "text/plain", "slow down");
        }, new Expect(SubmissionState.FAILED, ReasonCodes.RETRIES_EXHAUSTED, Duration.ofSeconds(5),
                "gave up after 3 attempts, last: HTTP_ERROR HTTP 429"));
        host("robots-disallowed", "127.0.0.18", "/private/story", SimHost.html(Articles.page(9103)),
                new Expect(SubmissionState.FAILED, ReasonCodes.ROBOTS_DISALLOWED, Duration.ofSeconds(3),
                        "robots.txt of 127.0.0.18 disallows /private/story"));
        byCase.get("robots-disallowed").on("/robots.txt", exchange -> SimHost.send(exchange, 200, "text/plain",
                "User-agent: *\nDisallow: /private/\n"));
        host("500-then-200", "127.0.0.19", "/story", exchange -> {
            if (flaky.getAndIncrement() == 0) {
                SimHost.send(exchange, 500, "text/plain", "oops");
            } else {
                SimHost.html(Articles.page(9104)).handle(exchange);
            }
        }, new Expect(SubmissionState.EXTRACTED, null, Duration.ofSeconds(3), null));
        host("gone", "127.0.0.20", "/story", exchange -> SimHost.send(exchange, 410, "text/html", "<p>gone</p>"),
                new Expect(SubmissionState.FAILED, ReasonCodes.HTTP_ERROR, Duration.ofSeconds(2), "HTTP 410"));
        host("not-html", "127.0.0.21", "/story", exchange -> SimHost.send(exchange, 200, "application/pdf", "%PDF"),
                new Expect(SubmissionState.FAILED, ReasonCodes.UNSUPPORTED_CONTENT_TYPE, Duration.ofSeconds(2),
                        "content type 'application/pdf' is not HTML"));
        assertThat(hanging).isNotNull();
    }

    @AfterAll
    static void stopHosts() {
        hosts.forEach(SimHost::close);
    }

    @Test
    void everyMisbehavingHostEndsInItsDocumentedStateWithinItsBound() {
        Map<String, String> caseByUrl = new LinkedHashMap<>();
        byCase.forEach((name, host) -> caseByUrl.put(host.url(name.equals("robots-disallowed") ? "/private/story"
                : "/story").toString(), name));

        try (TopicReader statuses = statuses()) {
            Map<String, String> ids = submit(caseByUrl.keySet());
            Map<String, SubmissionStatusChanged> finals = awaitFinal(statuses, ids.values(), PATIENCE);

            ids.forEach((url, id) -> {
                String name = caseByUrl.get(url);
                Expect expect = EXPECTED.get(name);
                SubmissionStatusChanged last = finals.get(id);
                assertThat(last.state()).as(name).isEqualTo(expect.state());
                assertThat(last.reasonCode()).as(name).isEqualTo(expect.reason());
                if (expect.messageStart() != null) {
                    assertThat(last.message()).as(name).startsWith(expect.messageStart());
                }
                assertElapsed(last, history(statuses, id), expect.bound());
            });
        }
        // the robots-disallowed page was never requested; the 429 page was asked again only after Retry-After
        assertThat(byCase.get("robots-disallowed").pageHits()).isEmpty();
        List<SimHost.Hit> limited = byCase.get("429-retry-after").pageHits();
        assertThat(limited).hasSize(2);
        assertThat(Duration.ofNanos(limited.get(1).startNanos() - limited.get(0).endNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(byCase.get("500-then-200").pageHits()).hasSize(2);
        assertThat(byCase.get("429-forever").pageHits()).hasSize(3);
        assertThat(byCase.get("gone").pageHits()).hasSize(1);   // permanent: not retried
        assertThat(byCase.get("huge").pageHits()).hasSize(1);
    }

    private static SimHost host(String name, String address, String path, SimHost.Handler handler, Expect expect)
            throws IOException {
        SimHost host = new SimHost(address).on(path, handler);
        hosts.add(host);
        byCase.put(name, host);
        EXPECTED.put(name, expect);
        return host;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
