package io.newsflow.ingest.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.ingest.support.Articles;
import io.newsflow.ingest.support.IngestItSupport;
import io.newsflow.ingest.support.SimHost;
import io.newsflow.ingest.support.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 50 URLs on one host and 50 on five others, in one submission: measured on the servers, no host ever
 * has two requests in flight or two requests closer than the host delay, and the run takes about as
 * long as the busy host needs (the other hosts are served alongside it, not after it).
 */
class PolitenessIT extends IngestItSupport {

    private static final int PER_BUSY_HOST = 50;
    private static final Duration SERVICE_TIME = Duration.ofMillis(20);

    @Test
    void oneAtATimePerHostTheDelayApartAndHostsInParallel() throws Exception {
        SimHost busy = new SimHost("127.0.0.31");
        List<SimHost> others = new ArrayList<>();
        for (int i = 32; i <= 36; i++) {
            others.add(new SimHost("127.0.0." + i));
        }
        List<SimHost> all = new ArrayList<>(others);
        all.add(0, busy);
        try (TopicReader statuses = statuses()) {
            for (SimHost host : all) {
                host.on("/story/*", exchange -> {
                    Thread.sleep(SERVICE_TIME.toMillis());
                    long seed = 50_000 + host.port() * 100L + Long.parseLong(exchange.getRequestURI().getPath()
                            .substring("/story/".length()));
                    SimHost.html(Articles.page(seed)).handle(exchange);
                });
            }
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < PER_BUSY_HOST; i++) {
                urls.add(busy.url("/story/" + i).toString());
                urls.add(others.get(i % others.size()).url("/story/" + i).toString());
            }

            Map<String, String> ids = submit(urls);
            Map<String, SubmissionStatusChanged> finals = awaitFinal(statuses, ids.values(), PATIENCE);

            assertThat(finals.values()).extracting(SubmissionStatusChanged::state).containsOnly(SubmissionState.EXTRACTED);
            for (SimHost host : all) {
                assertThat(host.maxConcurrent()).as("requests in flight at once on " + host.hostKey()).isEqualTo(1);
                List<SimHost.Hit> hits = host.hits().stream().sorted(Comparator.comparingLong(SimHost.Hit::startNanos)).toList();
                for (int i = 1; i < hits.size(); i++) {
                    double startToStart = (hits.get(i).startNanos() - hits.get(i - 1).startNanos()) / 1e6;
                    double endToStart = (hits.get(i).startNanos() - hits.get(i - 1).endNanos()) / 1e6;
                    assertThat(startToStart).as("start to start on %s", host.hostKey()).isGreaterThanOrEqualTo(HOST_DELAY_MS);
                    // the server notes its end after the client already has the last byte: allow 5 ms
                    assertThat(endToStart).as("end to start on %s", host.hostKey()).isGreaterThanOrEqualTo(HOST_DELAY_MS - 5);
                }
            }
            assertThat(busy.pageHits()).hasSize(PER_BUSY_HOST);
            long busySpan = span(List.of(busy));
            long wholeSpan = span(all);
            System.out.printf("politeness: busy host %d requests in %d ms (%d ms delay), all %d requests in %d ms%n",
                    busy.hits().size(), busySpan / 1_000_000, HOST_DELAY_MS,
                    all.stream().mapToInt(host -> host.hits().size()).sum(), wholeSpan / 1_000_000);
            assertThat(busySpan).isGreaterThanOrEqualTo((PER_BUSY_HOST - 1) * HOST_DELAY_MS * 1_000_000);
            assertThat(Duration.ofNanos(wholeSpan)).isLessThan(Duration.ofNanos(busySpan).plusMillis(1_500));
        } finally {
            all.forEach(SimHost::close);
        }
    }

    private static long span(List<SimHost> hosts) {
        long first = hosts.stream().flatMap(host -> host.hits().stream()).mapToLong(SimHost.Hit::startNanos).min().orElseThrow();
        long last = hosts.stream().flatMap(host -> host.hits().stream()).mapToLong(SimHost.Hit::endNanos).max().orElseThrow();
        return last - first;
    }
}
