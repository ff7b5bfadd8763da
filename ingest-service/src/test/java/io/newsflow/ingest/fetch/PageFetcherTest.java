package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.ReasonCodes;
import io.newsflow.ingest.config.FetchProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;

class PageFetcherTest {

    private static final String PAGE = "<html><head><title>Story</title></head><body><p>Text.</p></body></html>";
    private static final String LOOPBACK_ONLY = "127.0.0.1/32";
    private static final DataSize SMALL_LIMIT = DataSize.ofKilobytes(64);

    private final LocalPages server = new LocalPages();

    PageFetcherTest() throws IOException {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void fetchesAnHtmlPageWithItsContentTypeAndOurUserAgent() {
        server.on("/story", exchange -> LocalPages.send(exchange, 200, "text/html; charset=utf-8", PAGE));

        FetchOutcome.Fetched page = fetched(fetcher().fetch(server.url("/story")));

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(server.seen()).singleElement().satisfies(seen -> {
            assertThat(seen.userAgent()).isEqualTo("NewsflowTest/1.0");
            assertThat(seen.acceptEncoding()).isEqualTo("gzip, deflate");
        });
    }

    @Test
    void aMissingPageIsAnHttpErrorNamingTheStatus() {
        server.on("/gone", exchange -> LocalPages.send(exchange, 404, "text/html", "<p>nope</p>"));

        assertThat(failed(fetcher().fetch(server.url("/gone"))))
                .isEqualTo(new FetchOutcome.Failed(server.url("/gone"), ReasonCodes.HTTP_ERROR, "HTTP 404 Not Found",
                        404, null));
    }

    @Test
    void aConditionalRequestSendsTheValidatorsAndA304IsNotModified() {
        List<String> seen = new ArrayList<>();
        server.on("/story", exchange -> {
            seen.add(exchange.getRequestHeaders().getFirst("If-None-Match") + " | "
                    + exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            exchange.getResponseHeaders().set("ETag", "\"v2\"");
            exchange.sendResponseHeaders(304, -1);
        });

        FetchOutcome outcome = fetcher().fetch(FetchRequest.page(server.url("/story"), "\"v1\"",
                "Tue, 01 Sep 2026 10:00:00 GMT")).block(Duration.ofSeconds(10));

        assertThat(outcome).isEqualTo(new FetchOutcome.NotModified(server.url("/story"), "\"v2\"",
                "Tue, 01 Sep 2026 10:00:00 GMT"));
        assertThat(seen).containsExactly("\"v1\" | Tue, 01 Sep 2026 10:00:00 GMT");
    }

    @Test
    void aPageKeepsItsValidatorsAndA429ItsRetryAfter() {
        server.on("/story", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Tue, 01 Sep 2026 10:00:00 GMT");
            LocalPages.send(exchange, 200, "text/html", PAGE);
        }).on("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "7");
            LocalPages.send(exchange, 429, "text/plain", "slow down");
        });

        FetchOutcome.Fetched page = fetched(fetcher().fetch(server.url("/story")));
        FetchOutcome.Failed busy = failed(fetcher().fetch(server.url("/busy")));

        assertThat(page.etag()).isEqualTo("\"v1\"");
        assertThat(page.lastModified()).isEqualTo("Tue, 01 Sep 2026 10:00:00 GMT");
        assertThat(busy.httpStatus()).isEqualTo(429);
        assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aDocumentRequestReadsAnyContentType() {
        server.on("/feed.json", exchange -> LocalPages.send(exchange, 200, "application/feed+json", "{\"items\":[]}"));

        FetchOutcome outcome = fetcher().fetch(FetchRequest.document(server.url("/feed.json"), null, null, 1024))
                .block(Duration.ofSeconds(10));

        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(failed(fetcher().fetch(server.url("/feed.json"))).reasonCode())
                .isEqualTo(ReasonCodes.UNSUPPORTED_CONTENT_TYPE);
    }

    @Test
    void aPdfIsRefusedAsUnsupportedContentWithoutReadingIt() {
        server.on("/report.pdf", exchange -> LocalPages.send(exchange, 200, "application/pdf", "%PDF-1.7"));

        FetchOutcome.Failed failure = failed(fetcher().fetch(server.url("/report.pdf")));

        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.UNSUPPORTED_CONTENT_TYPE);
        assertThat(failure.message()).isEqualTo("content type 'application/pdf' is not HTML");
    }

    @Test
    void xhtmlIsAccepted() {
        server.on("/x", exchange -> LocalPages.send(exchange, 200, "application/xhtml+xml", PAGE));
        assertThat(fetched(fetcher().fetch(server.url("/x"))).body()).isNotEmpty();
    }

    @Test
    void anEndlessBodyIsCutOffAtTheLimitWhileStreaming() {
        AtomicBoolean clientHungUp = new AtomicBoolean();
        server.on("/endless", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);   // chunked, no declared length
            byte[] chunk = "<p>more</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                while (!clientHungUp.get()) {
                    out.write(chunk);
                    out.flush();
                }
            } catch (IOException e) {
                clientHungUp.set(true);
            }
        });

        FetchOutcome.Failed failure = failed(fetcher(Map.of("maxBodySize", SMALL_LIMIT)).fetch(server.url("/endless")));

        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.TOO_LARGE);
        assertThat(failure.message()).isEqualTo("body is larger than 64 KB");
        await().atMost(Duration.ofSeconds(5)).untilTrue(clientHungUp);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() {
        server.on("/big", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 10_000_000);
            exchange.getResponseBody().write(new byte[1024]);
        });

        FetchOutcome.Failed failure = failed(fetcher(Map.of("maxBodySize", SMALL_LIMIT)).fetch(server.url("/big")));

        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.TOO_LARGE);
        assertThat(failure.message()).contains("10000000 bytes");
    }

    @Test
    void aGzippedPageIsDecoded() {
        server.on("/gz", exchange -> {
            byte[] body = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        });

        assertThat(new String(fetched(fetcher().fetch(server.url("/gz"))).body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void aGzipBombStopsExpandingAtTheLimit() {
        byte[] bomb = gzip(new byte[20 * 1024 * 1024]);   // 20 MB of zeros, about 20 KB compressed
        server.on("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, bomb.length);
            exchange.getResponseBody().write(bomb);
        });

        FetchOutcome.Failed failure = failed(fetcher(Map.of("maxBodySize", SMALL_LIMIT)).fetch(server.url("/bomb")));

        assertThat(bomb.length).isLessThan((int) SMALL_LIMIT.toBytes());
        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.TOO_LARGE);
        assertThat(failure.message()).isEqualTo("body is larger than 64 KB once decoded (gzip)");
    }

    @Test
    void redirectsAreFollowedToTheFinalPage() {
        server.on("/old", exchange -> LocalPages.redirect(exchange, "/middle"))
                .on("/middle", exchange -> LocalPages.redirect(exchange, server.url("/new").toString()))
                .on("/new", exchange -> LocalPages.send(exchange, 200, "text/html", PAGE));

        assertThat(fetched(fetcher().fetch(server.url("/old"))).url()).isEqualTo(server.url("/new"));
    }

    @Test
    void aRedirectLoopEndsAsTooManyRedirects() {
        server.on("/a", exchange -> LocalPages.redirect(exchange, "/b"))
                .on("/b", exchange -> LocalPages.redirect(exchange, "/a"));

        FetchOutcome.Failed failure = failed(fetcher().fetch(server.url("/a")));

        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.TOO_MANY_REDIRECTS);
        assertThat(failure.message()).startsWith("redirect loop");
        assertThat(server.seen()).hasSize(2);
    }

    @Test
    void moreThanFiveRedirectsAreNotFollowed() {
        server.on("/hop/", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
            LocalPages.redirect(exchange, "/hop/" + (n + 1));
        });

        FetchOutcome.Failed failure = failed(fetcher().fetch(server.url("/hop/0")));

        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.TOO_MANY_REDIRECTS);
        assertThat(failure.message()).isEqualTo("more than 5 redirects");
        assertThat(server.seen()).hasSize(6);   // the first request and five redirects
    }

    @Test
    void aRedirectToTheCloudMetadataAddressIsRefusedWithoutConnecting() {
        server.on("/innocent", exchange -> LocalPages.redirect(exchange, "http://169.254.169.254/latest/meta-data/"));

        FetchOutcome.Failed failure = failed(fetcher().fetch(server.url("/innocent")));

        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.BLOCKED_ADDRESS);
        assertThat(failure.message()).contains("169.254.169.254").contains("link-local");
    }

    @Test
    void aRedirectToAPrivateNameIsRefusedAfterResolution() {
        server.on("/innocent", exchange -> LocalPages.redirect(exchange, "http://intranet.test/admin"));
        HostResolver dns = host -> List.of(InetAddress.getByName("10.0.0.5"));

        FetchOutcome.Failed failure = failed(fetcher(Map.of(), dns).fetch(server.url("/innocent")));

        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.BLOCKED_ADDRESS);
        assertThat(failure.message()).isEqualTo("host intranet.test (10.0.0.5) is private (RFC 1918)");
    }

    @Test
    void loopbackIsRefusedUnlessAllowedAndTheServerNeverSeesARequest() {
        server.on("/", exchange -> LocalPages.send(exchange, 200, "text/html", PAGE));

        FetchOutcome.Failed failure = failed(fetcher(Map.of("allow", List.of())).fetch(server.url("/")));

        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.BLOCKED_ADDRESS);
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedUnlessAllowedAndNeverConnected() {
        server.on("/", exchange -> LocalPages.send(exchange, 200, "text/html", PAGE));
        HostResolver dns = host -> List.of(InetAddress.getByName("127.0.0.1"));
        URI url = URI.create("http://rebound.test:" + server.port() + "/");

        FetchOutcome.Failed failure = failed(fetcher(Map.of("allow", List.of()), dns).fetch(url));

        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.BLOCKED_ADDRESS);
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void onlyTheCheckedAddressesOfAMixedDnsAnswerAreUsed() {
        server.on("/", exchange -> LocalPages.send(exchange, 200, "text/html", PAGE));
        HostResolver dns = host -> List.of(InetAddress.getByName("10.0.0.5"), InetAddress.getByName("127.0.0.1"));
        URI url = URI.create("http://mixed.test:" + server.port() + "/");

        assertThat(fetched(fetcher(Map.of(), dns).fetch(url)).url()).isEqualTo(url);
        assertThat(server.seen()).singleElement().extracting(LocalPages.Seen::host)
                .isEqualTo("mixed.test:" + server.port());
    }

    @Test
    void aZeroPaddedAddressIsRefusedAsAmbiguous() {
        // java.net.URI accepts 017.0.0.1 as IPv4; Java would read 17.0.0.1, curl and browsers 15.0.0.1
        FetchOutcome.Failed failure = failed(fetcher().fetch(URI.create("http://017.0.0.1:" + server.port() + "/")));
        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.BLOCKED_ADDRESS);
        assertThat(failure.message()).contains("non-canonical");
    }

    @Test
    void integerAndHexHostsNeverReachTheNetwork() {
        // java.net.URI finds no host in 2130706433 or 0x7f.1 (its top label must start with a letter)
        for (String host : List.of("2130706433", "0x7f.1", "0177.0.0.1", "127.1")) {
            FetchOutcome.Failed failure = failed(fetcher().fetch(URI.create("http://" + host + ":" + server.port() + "/")));
            assertThat(failure.reasonCode()).as(host).isIn(ReasonCodes.INVALID_URL, ReasonCodes.BLOCKED_ADDRESS);
        }
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void aPublicHostOnAnotherPortIsRefused() {
        HostResolver dns = host -> List.of(InetAddress.getByName("93.184.216.34"));
        FetchOutcome.Failed failure = failed(fetcher(Map.of(), dns).fetch(URI.create("http://public.test:8080/")));
        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.BLOCKED_ADDRESS);
        assertThat(failure.message()).contains("port 8080");
    }

    @Test
    void anUnknownHostIsReportedAsSuch() {
        HostResolver dns = host -> {
            throw new UnknownHostException(host);
        };
        assertThat(failed(fetcher(Map.of(), dns).fetch(URI.create("https://no-such-host.test/"))))
                .isEqualTo(new FetchOutcome.Failed(URI.create("https://no-such-host.test/"), ReasonCodes.UNKNOWN_HOST,
                        "unknown host no-such-host.test"));
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        FetchOutcome.Failed failure = failed(fetcher().fetch(URI.create("http://127.0.0.1:" + closedPort + "/")));
        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.UNREACHABLE);
    }

    @Test
    void aServerThatNeverAcceptsTimesOutAtTheConnectTimeout() throws IOException {
        // A listening socket that never accepts: once its accept queue is full, Linux drops further SYNs
        try (ServerSocket deaf = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> queued = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    Socket socket = new Socket();
                    socket.connect(deaf.getLocalSocketAddress(), 200);
                    queued.add(socket);
                }
            } catch (IOException queueFull) {
                // the queue is full already
            }
            long started = System.nanoTime();

            FetchOutcome.Failed failure = failed(fetcher(Map.of("connectTimeout", Duration.ofMillis(300)))
                    .fetch(URI.create("http://127.0.0.1:" + deaf.getLocalPort() + "/")));

            assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.TIMEOUT);
            assertThat(failure.message()).isEqualTo("no connection to 127.0.0.1 within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            for (Socket socket : queued) {
                socket.close();
            }
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutAtTheReadTimeout() {
        server.on("/hang", exchange -> server.closing.await(30, TimeUnit.SECONDS));
        long started = System.nanoTime();

        FetchOutcome.Failed failure = failed(fetcher(Map.of("readTimeout", Duration.ofMillis(300))).fetch(server.url("/hang")));

        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.TIMEOUT);
        assertThat(failure.message()).contains("sent nothing for 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aTricklingServerIsStoppedByTheTotalDeadline() {
        server.on("/trickle", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            while (!server.closing.await(50, TimeUnit.MILLISECONDS)) {
                out.write('x');
                out.flush();
            }
        });
        long started = System.nanoTime();

        FetchOutcome.Failed failure = failed(fetcher(Map.of("readTimeout", Duration.ofMillis(500),
                "totalTimeout", Duration.ofMillis(800))).fetch(server.url("/trickle")));

        assertThat(failure.reasonCode()).isEqualTo(ReasonCodes.TIMEOUT);
        assertThat(failure.message()).isEqualTo("no complete answer within 800 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    private PageFetcher fetcher() {
        return fetcher(Map.of());
    }

    private PageFetcher fetcher(Map<String, Object> overrides) {
        return fetcher(overrides, HostResolver.SYSTEM);
    }

    @SuppressWarnings("unchecked")
    private PageFetcher fetcher(Map<String, Object> overrides, HostResolver dns) {
        FetchProperties props = new FetchProperties(
                (Duration) overrides.getOrDefault("connectTimeout", Duration.ofSeconds(2)),
                (Duration) overrides.getOrDefault("readTimeout", Duration.ofSeconds(5)),
                (Duration) overrides.getOrDefault("totalTimeout", Duration.ofSeconds(10)),
                (DataSize) overrides.getOrDefault("maxBodySize", DataSize.ofMegabytes(5)),
                5, "NewsflowTest/1.0",
                (List<String>) overrides.getOrDefault("allow", List.of(LOOPBACK_ONLY)));
        return new PageFetcher(props, dns, Clock.systemUTC());
    }

    private static FetchOutcome.Fetched fetched(Mono<FetchOutcome> fetch) {
        FetchOutcome outcome = fetch.block(Duration.ofSeconds(20));
        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        return (FetchOutcome.Fetched) outcome;
    }

    private static FetchOutcome.Failed failed(Mono<FetchOutcome> fetch) {
        FetchOutcome outcome = fetch.block(Duration.ofSeconds(20));
        assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
        return (FetchOutcome.Failed) outcome;
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
