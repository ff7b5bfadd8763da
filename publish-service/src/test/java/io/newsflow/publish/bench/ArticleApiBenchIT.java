package io.newsflow.publish.bench;

import io.newsflow.publish.article.BenchArticles;
import io.newsflow.publish.store.Collections;
import io.newsflow.publish.store.EmbeddedMongo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Load bench of {@code GET /api/articles} with filters: loads 50,000 articles into the store, then sends
 * requests open-loop at a fixed rate (each latency measured from its scheduled send time, so a stalled
 * server cannot hide its queueing) and prints p50/p95/p99. Not part of the normal build; run it with
 *
 * <pre>mvn -o verify -pl publish-service -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=ArticleApiBenchIT -Dnewsflow.bench=true [-Dbench.rate=200 -Dbench.seconds=30 \
 *     -Dbench.articles=50000 -Dbench.cache-ttl=2s -Dbench.mongo-uri=mongodb://host/db]</pre>
 *
 * Without {@code bench.mongo-uri} the store is the embedded mongo-java-server (memory backend).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=publish-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "server.shutdown=immediate",
        "logging.level.root=WARN"})
@EmbeddedKafka(partitions = 1)
@EnabledIfSystemProperty(named = "newsflow.bench", matches = "true")
class ArticleApiBenchIT {

    static final int ARTICLES = Integer.getInteger("bench.articles", 50_000);
    static final int RATE = Integer.getInteger("bench.rate", 200);
    static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 5);
    private static final String MONGO_URI = System.getProperty("bench.mongo-uri");
    private static final EmbeddedMongo MONGO = MONGO_URI == null ? EmbeddedMongo.start() : null;

    @LocalServerPort
    int port;
    @Autowired
    Collections collections;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO_URI != null ? MONGO_URI : MONGO.uri("newsflow-bench"));
        registry.add("newsflow.publish.first-page-cache-ttl", () -> System.getProperty("bench.cache-ttl", "2s"));
    }

    @AfterAll
    static void stop() {
        if (MONGO != null) {
            MONGO.close();
        }
    }

    @Test
    void articleListingWithFiltersUnderLoad() throws Exception {
        load();
        List<String> queries = queries();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        sequential(client, queries);
        System.out.printf("%nwarm-up: %d s at %d req/s%n", WARMUP_SECONDS, RATE);
        run(client, queries, WARMUP_SECONDS);
        System.out.printf("measuring: %d s at %d req/s over %d distinct filtered queries, %d articles stored%n",
                SECONDS, RATE, queries.size(), ARTICLES);
        Result result = run(client, queries, SECONDS);
        searches(client);
        long[] sorted = result.latenciesMicros();
        Arrays.sort(sorted);
        System.out.printf("GET /api/articles: %d requests, %d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                sorted.length, result.errors(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
    }

    /** One request after the other, each query once: the cost of a query alone (uncached when the TTL is 0). */
    private void sequential(HttpClient client, List<String> queries) throws Exception {
        long[] micros = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + queries.get(i))).build(),
                    HttpResponse.BodyHandlers.discarding());
            micros[i] = (System.nanoTime() - start) / 1_000;
            if (i < 8 || i % 10 == 0) {
                System.out.printf("  alone: %-60s %.1f ms%n", queries.get(i), micros[i] / 1000.0);
            }
        }
        Arrays.sort(micros);
        System.out.printf("each query alone, first call: p50 %.1f ms, max %.1f ms%n", pct(micros, 50),
                micros[micros.length - 1] / 1000.0);
    }

    /** Searches one after the other: their cost alone. */
    private void searches(HttpClient client) throws Exception {
        long[] micros = new long[5];
        for (int i = 0; i < micros.length; i++) {
            long start = System.nanoTime();
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles?q=word" + i
                    + "%20word" + (i + 7))).build(), HttpResponse.BodyHandlers.discarding());
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("GET /api/articles?q= (search, alone, sequential): p50 %.1f ms, max %.1f ms%n%n",
                pct(micros, 50), micros[micros.length - 1] / 1000.0);
    }

    private void load() {
        long start = System.nanoTime();
        Random random = new Random(42);
        int batch = 1_000;
        Flux.range(0, (ARTICLES + batch - 1) / batch)
                .concatMap(b -> {
                    List<Document> documents = new ArrayList<>();
                    for (int i = b * batch; i < Math.min(ARTICLES, (b + 1) * batch); i++) {
                        documents.add(BenchArticles.document(i, random));
                    }
                    return collections.articles().flatMap(c -> Mono.from(c.insertMany(documents)));
                })
                .blockLast(Duration.ofMinutes(10));
        System.out.printf("%nloaded %d articles in %.1f s%n", ARTICLES, (System.nanoTime() - start) / 1e9);
    }

    /**
     * A mix of the listing's filters on popular and rare values, first pages and later pages. Searches
     * ({@code q}) are measured apart ({@link #searches}): on the embedded server they scan the collection.
     */
    private static List<String> queries() {
        Random random = new Random(7);
        List<String> queries = new ArrayList<>(List.of("/api/articles", "/api/articles?limit=50"));
        for (int i = 0; i < 10; i++) {
            queries.add("/api/articles?tag=keyword%20" + random.nextInt(BenchArticles.TAGS / 3));
            queries.add("/api/articles?entity=Q" + (1000 + random.nextInt(BenchArticles.ENTITIES / 3)));
            queries.add("/api/articles?topic=topic%20" + random.nextInt(BenchArticles.TOPICS));
            queries.add("/api/articles?site=site" + random.nextInt(BenchArticles.SITES) + ".example");
        }
        for (String language : BenchArticles.LANGUAGES) {
            queries.add("/api/articles?language=" + language);
            queries.add("/api/articles?language=" + language + "&since=2024-01-01T06:00:00Z&until=2024-01-01T12:00:00Z");
        }
        return queries;
    }

    private record Result(long[] latenciesMicros, int errors) {
    }

    private Result run(HttpClient client, List<String> queries, int seconds) throws Exception {
        int total = RATE * seconds;
        long intervalNanos = 1_000_000_000L / RATE;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < total; i++) {
                long scheduled = start + i * intervalNanos;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + queries.get(i % queries.size()))).timeout(Duration.ofSeconds(30)).build();
                sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                    latencies.add((System.nanoTime() - scheduled) / 1_000);
                    if (error != null || response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                    .get(2, TimeUnit.MINUTES);
        } finally {
            ticker.shutdownNow();
        }
        return new Result(latencies.stream().mapToLong(Long::longValue).toArray(), errors.get());
    }

    private static double pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
