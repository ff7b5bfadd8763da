package io.newsflow.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

class PolitenessGateTest {

    private static final Duration WORK = Duration.ofMillis(20);

    private final Map<String, AtomicInteger> inFlightPerHost = new ConcurrentHashMap<>();
    private final Map<String, Integer> maxPerHost = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final List<long[]> spans = Collections.synchronizedList(new ArrayList<>());   // host index, start, end

    @Test
    void oneRequestPerHostAtATimeWithTheDelayBetweenThemWhileHostsRunInParallel() {
        PolitenessGate gate = new PolitenessGate(1, 16, Schedulers.parallel());
        Duration delay = Duration.ofMillis(50);
        long started = System.nanoTime();

        Flux.range(0, 40).flatMap(i -> gate.run("host-" + (i % 4), delay, work("host-" + (i % 4), i % 4)), 40)
                .then().block(Duration.ofSeconds(20));
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(maxPerHost.values()).containsOnly(1);
        assertThat(maxInFlight.get()).isBetween(2, 4);   // hosts overlapped
        for (int host = 0; host < 4; host++) {
            int h = host;
            List<long[]> ofHost = spans.stream().filter(span -> span[0] == h)
                    .sorted((a, b) -> Long.compare(a[1], b[1])).toList();
            assertThat(ofHost).hasSize(10);
            for (int i = 1; i < ofHost.size(); i++) {
                assertThat((ofHost.get(i)[1] - ofHost.get(i - 1)[2]) / 1_000_000.0).as("gap on host %d", h)
                        .isGreaterThanOrEqualTo(49.0);
            }
        }
        // 10 requests per host: 10 x 20 ms work + 9 x 50 ms delay = 650 ms; serially it would be 4 x that
        assertThat(elapsedMs).isLessThan(1_600);
        // The last result is handed on just before its slot is released: wait that moment out.
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(gate.inFlight()).isZero());
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void theGlobalBoundHoldsAcrossHosts() {
        PolitenessGate gate = new PolitenessGate(1, 3, Schedulers.parallel());

        Flux.range(0, 30).flatMap(i -> gate.run("host-" + i, Duration.ZERO, work("host-" + i, i)), 30)
                .then().block(Duration.ofSeconds(20));

        assertThat(maxInFlight.get()).isEqualTo(3);
    }

    @Test
    void severalPerHostWhenConfigured() {
        PolitenessGate gate = new PolitenessGate(2, 16, Schedulers.parallel());

        Flux.range(0, 10).flatMap(i -> gate.run("one", Duration.ZERO, work("one", 0)), 10)
                .then().block(Duration.ofSeconds(20));

        assertThat(maxPerHost.get("one")).isEqualTo(2);
    }

    @Test
    void aCancelledRequestFreesItsSlotAndAWaitingOneIsNeverStarted() {
        PolitenessGate gate = new PolitenessGate(1, 1, Schedulers.parallel());
        AtomicInteger started = new AtomicInteger();
        Mono<String> never = Mono.fromRunnable(started::incrementAndGet).then(Mono.never());

        assertThat(gate.run("a", Duration.ZERO, never).timeout(Duration.ofMillis(100)).onErrorReturn("timed out")
                .block(Duration.ofSeconds(5))).isEqualTo("timed out");
        assertThat(gate.run("b", Duration.ZERO, Mono.just("ok")).block(Duration.ofSeconds(5))).isEqualTo("ok");
        // a waiting request cancelled before its turn never runs
        Mono<String> blocker = gate.run("c", Duration.ZERO, Mono.delay(Duration.ofMillis(300)).thenReturn("c"));
        blocker.subscribe();
        gate.run("d", Duration.ZERO, never).timeout(Duration.ofMillis(50)).onErrorReturn("gone").block(Duration.ofSeconds(5));
        assertThat(started.get()).isEqualTo(1);
        assertThat(gate.run("e", Duration.ZERO, Mono.just("after")).block(Duration.ofSeconds(5))).isEqualTo("after");
    }

    @Test
    void holdOffDelaysEveryRequestToTheHost() {
        PolitenessGate gate = new PolitenessGate(1, 16, Schedulers.parallel());
        gate.holdOff("slow", Duration.ofMillis(300));
        long started = System.nanoTime();

        gate.run("slow", Duration.ZERO, Mono.just(1)).block(Duration.ofSeconds(5));
        long slowMs = (System.nanoTime() - started) / 1_000_000;
        gate.run("other", Duration.ZERO, Mono.just(1)).block(Duration.ofSeconds(5));

        assertThat(slowMs).isGreaterThanOrEqualTo(290);
        assertThat((System.nanoTime() - started) / 1_000_000 - slowMs).isLessThan(100);
    }

    @Test
    void anErrorOfATaskReachesItsCallerAndFreesTheHost() {
        PolitenessGate gate = new PolitenessGate(1, 16, Schedulers.parallel());
        Mono<String> failing = gate.run("h", Duration.ZERO, Mono.error(new IllegalStateException("boom")));

        assertThat(failing.onErrorResume(e -> Mono.just(e.getMessage())).block(Duration.ofSeconds(5))).isEqualTo("boom");
        assertThat(gate.run("h", Duration.ZERO, Mono.just("next")).block(Duration.ofSeconds(5))).isEqualTo("next");
    }

    private Mono<Integer> work(String host, int hostIndex) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            int perHost = inFlightPerHost.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            maxPerHost.merge(host, perHost, Math::max);
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return Mono.delay(WORK).doOnNext(tick -> {
                inFlightPerHost.get(host).decrementAndGet();
                inFlight.decrementAndGet();
                spans.add(new long[] {hostIndex, start, System.nanoTime()});
            }).thenReturn(hostIndex);
        });
    }
}
