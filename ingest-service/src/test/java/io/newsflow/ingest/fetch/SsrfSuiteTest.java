package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.ingest.config.FetchProperties;
import io.newsflow.ingest.crawl.CrawlTestSupport;
import io.newsflow.ingest.crawl.PoliteFetcher;
import io.newsflow.ingest.support.SimHost;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * SSRF vectors against a trap: a server listening on every local address (IPv4 and IPv6 wildcard) that
 * counts the connections it accepts. Every vector points at the trap, by address spelling, by a name
 * resolving to it, by a DNS answer that changes after the check, or by a redirect from an allowed
 * host; every one must be refused with its reason and the trap must accept no connection at all
 * (robots.txt reads included: the vectors go through the polite fetcher).
 */
class SsrfSuiteTest {

    private static ServerSocket trap;
    private static final AtomicInteger accepted = new AtomicInteger();
    private static SimHost redirector;
    private static int port;

    @BeforeAll
    static void setTrap() throws IOException {
        trap = new ServerSocket();
        trap.bind(new InetSocketAddress(0));   // the wildcard address: 0.0.0.0 and :: alike
        port = trap.getLocalPort();
        Thread acceptor = new Thread(() -> {
            while (!trap.isClosed()) {
                try (Socket socket = trap.accept()) {
                    accepted.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "ssrf-trap");
        acceptor.setDaemon(true);
        acceptor.start();
        redirector = new SimHost("127.0.0.5");
    }

    @AfterAll
    static void removeTrap() throws IOException {
        trap.close();
        redirector.close();
    }

    /** Names the test DNS knows; everything else goes to the system resolver. */
    private final Map<String, List<InetAddress>> dns = new ConcurrentHashMap<>();
    private final AtomicInteger rebindLookups = new AtomicInteger();
    private final HostResolver resolver = host -> {
        if (host.equals("rebinding.test")) {
            // first answer public, every later one the trap: a check-then-connect client would be fooled
            return List.of(InetAddress.getByName(rebindLookups.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1"));
        }
        List<InetAddress> known = dns.get(host);
        return known != null ? known : HostResolver.SYSTEM.resolve(host);
    };

    @Test
    void everyVectorIsRefusedAndTheTrapSeesNoConnection() throws Exception {
        dns.put("loopback.test", List.of(InetAddress.getByName("127.0.0.1")));
        dns.put("loopback6.test", List.of(InetAddress.getByName("::1")));
        dns.put("mapped.test", List.of(InetAddress.getByName("::ffff:127.0.0.1")));
        dns.put("mixed.test", List.of(InetAddress.getByName("10.0.0.5"), InetAddress.getByName("127.0.0.1")));
        dns.put("unspecified.test", List.of(InetAddress.getByName("0.0.0.0")));
        String p = ":" + port;
        List<String> direct = List.of(
                "http://127.0.0.1" + p + "/", "http://127.0.0.2" + p + "/", "http://127.255.255.254" + p + "/",
                "http://0.0.0.0" + p + "/", "http://[::1]" + p + "/", "http://[::ffff:127.0.0.1]" + p + "/",
                "http://[::ffff:7f00:1]" + p + "/", "http://[0:0:0:0:0:ffff:127.0.0.1]" + p + "/",
                "http://[::]" + p + "/", "http://[::127.0.0.1]" + p + "/", "http://localhost" + p + "/",
                "http://LOCALHOST" + p + "/", "http://localhost." + p + "/", "http://2130706433" + p + "/",
                "http://0x7f000001" + p + "/", "http://0x7f.1" + p + "/", "http://0177.0.0.1" + p + "/",
                "http://017700000001" + p + "/", "http://127.1" + p + "/", "http://127.0.1" + p + "/",
                "http://editor@127.0.0.1" + p + "/", "http://loopback.test" + p + "/", "http://loopback6.test" + p + "/",
                "http://mapped.test" + p + "/", "http://mixed.test" + p + "/", "http://unspecified.test" + p + "/",
                "http://rebinding.test" + p + "/", "gopher://127.0.0.1" + p + "/", "ftp://127.0.0.1" + p + "/",
                "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
                "http://[fd00::1]/", "http://100.64.0.1/");
        List<String> viaRedirect = List.of("http://127.0.0.1" + p + "/", "http://[::1]" + p + "/",
                "http://localhost" + p + "/", "http://0.0.0.0" + p + "/", "http://loopback.test" + p + "/",
                "http://0x7f.1" + p + "/");
        for (int i = 0; i < viaRedirect.size(); i++) {
            String target = viaRedirect.get(i);
            redirector.on("/r" + i, exchange -> {
                exchange.getResponseHeaders().set("Location", target);
                exchange.sendResponseHeaders(302, -1);
            });
        }
        List<URI> vectors = new ArrayList<>(direct.stream().map(URI::create).toList());
        for (int i = 0; i < viaRedirect.size(); i++) {
            vectors.add(redirector.url("/r" + i));
        }
        PoliteFetcher fetcher = CrawlTestSupport.politeFetcher(new PageFetcher(new FetchProperties(
                Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), DataSize.ofKilobytes(64), 5,
                "NewsflowTest/1.0", List.of("127.0.0.5/32")), resolver, Clock.systemUTC()), Duration.ZERO,
                new SimpleMeterRegistry());

        for (URI vector : vectors) {
            FetchOutcome outcome = fetcher.fetch(FetchRequest.page(vector)).block(Duration.ofSeconds(20));
            assertThat(outcome).as(vector.toString()).isInstanceOf(FetchOutcome.Failed.class);
            FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
            if (vector.toString().contains("rebinding")) {
                // checked and connected to the first (public, unroutable here) answer only
                assertThat(failed.reasonCode()).as(vector.toString()).isNotEqualTo(ReasonCodes.ROBOTS_DISALLOWED);
            } else {
                assertThat(failed.reasonCode()).as(vector + ": " + failed.message())
                        .isIn(ReasonCodes.BLOCKED_ADDRESS, ReasonCodes.INVALID_URL, ReasonCodes.UNKNOWN_HOST);
            }
        }

        assertThat(vectors).hasSizeGreaterThanOrEqualTo(40);
        assertThat(accepted.get()).as("connections the trap accepted").isZero();
        // redirects were followed up to the refused hop: the redirector saw each first request
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(redirector.pageHits()).hasSize(viaRedirect.size()));
        // the trap is real: a direct connection is counted
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
        }
        Thread.sleep(200);
        assertThat(accepted.get()).isEqualTo(1);
    }
}
