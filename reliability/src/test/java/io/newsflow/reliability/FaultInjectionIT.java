package io.newsflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.Topics;
import io.newsflow.local.LocalStack;
import io.newsflow.local.LocalStack.Service;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Faults while URLs flow through the real pipeline (local HTTP site of real article pages, real KRaft
 * broker, Mongo-wire server with its persistent store, the three services as separate contexts). The
 * scenarios run in sequence on one stack, each with its own batch of the {@code reliability.urls} URLs
 * (300 in CI, {@code -Dreliability.urls=1000} for the full run): the fault is injected once a part of
 * the batch is through, while the rest is in flight. After each: every URL ends in exactly one terminal
 * state (FAILED with a reason), every PUBLISHED article is stored once with its latest revision, no
 * consumer group lags, and (poison scenario) every poison record sits in its DLT with the error in its
 * headers. Each scenario prints its counts.
 *
 * <p>Killing a service is a hard kill: before its batch, the service moves from this JVM into a JVM of its
 * own ({@link LocalStack#startServiceProcess}); mid-batch that process gets SIGKILL (no shutdown hook, no
 * commit, no leave-group: records in hand are lost with it, its group membership lingers until the
 * session times out), then the service starts again here. Kafka redelivers everything not committed to
 * the new copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    private static final Logger log = LoggerFactory.getLogger(FaultInjectionIT.class);

    private static final int URLS = Integer.getInteger("reliability.urls", 300);
    private static final int SCENARIOS = 6;
    private static final Duration MONGO_OUTAGE = Duration.ofSeconds(Integer.getInteger("reliability.mongoOutageSeconds", 10));
    /** The broker is down this long: long enough for every client to notice, producers to block and retry. */
    private static final Duration BROKER_OUTAGE = Duration.ofSeconds(5);
    /** Part of a batch that must be terminal before the fault: the rest is in flight when it strikes. */
    private static final double FLOWING_BEFORE_FAULT = 0.2;
    /** Longest wait for a batch after its fault (on two shared cores a batch of 170 takes about a minute). */
    private static final Duration SETTLE = Duration.ofMinutes(4);
    private static final Duration LAG_DRAINS = Duration.ofSeconds(90);
    /** Longest wait for a service started in a JVM of its own to be ready (models load; two shared cores). */
    private static final Duration PROCESS_READY = Duration.ofMinutes(2);
    /**
     * The killed process never leaves its consumer groups: its partitions move on once its session times
     * out. 10 s instead of the client default 45 s keeps the scenario short (the broker's minimum is 6 s);
     * operators who run hard-killed services pick the same trade-off (see docs/operations.md).
     */
    private static final String KILLED_SESSION_TIMEOUT = "--spring.kafka.consumer.properties.session.timeout.ms=10000";
    /** Larger than newsflow.kafka.max-event-bytes (1 MiB): dead-lettered unread. */
    private static final int OVERSIZED_BYTES = 1_200_000;

    private LocalStack stack;
    private ArticleSite site;
    private KafkaProbe kafka;
    private StoreProbe store;
    private Submissions submissions;
    private long nextArticle;
    private int batchesLeft = SCENARIOS;
    private int urlsLeft = URLS;
    private final Map<String, Map<String, Integer>> summary = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        stack = ReliabilityStack.stack();
        site = ReliabilityStack.site();
        kafka = new KafkaProbe(stack.kafkaBootstrap());
        store = new StoreProbe(stack.mongoUri());
        submissions = new Submissions(new Http(), stack.ingestPort(), stack.publishPort(), ReliabilityStack.TOKEN);
        log.info("fault injection: {} URLs over {} scenarios, {} pages ({}), MongoDB outage {} s", URLS, SCENARIOS,
                site.pageCount(), System.getProperty("reliability.pages"), MONGO_OUTAGE.toSeconds());
    }

    @AfterAll
    void printSummary() {
        StringBuilder out = new StringBuilder("\n=== fault injection: terminal states per scenario ===\n");
        summary.forEach((scenario, counts) -> out.append(String.format("%-34s %s%n", scenario, counts)));
        Map<String, Integer> total = new TreeMap<>();
        summary.values().forEach(counts -> counts.forEach((k, v) -> total.merge(k, v, Integer::sum)));
        total.remove("seconds");
        out.append(String.format("%-34s %s%n", "total", total));
        System.out.println(out);
        if (kafka != null) {
            kafka.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void enrichServiceKilledAndRestarted() throws Exception {
        hardKill("enrich-service SIGKILLed, restarted", Service.ENRICH);
    }

    @Test
    @Order(2)
    void ingestServiceKilledAndRestarted() throws Exception {
        hardKill("ingest-service SIGKILLed, restarted", Service.INGEST);
    }

    @Test
    @Order(3)
    void publishServiceKilledAndRestarted() throws Exception {
        hardKill("publish-service SIGKILLed, restarted", Service.PUBLISH);
    }

    /** A batch through {@code service} running in a process of its own, SIGKILLed mid-batch, restarted here. */
    private void hardKill(String name, Service service) throws Exception {
        stack.stopService(service);
        Path log = Path.of("target", "killed-" + service.name().toLowerCase(java.util.Locale.ROOT) + ".log");
        stack.startServiceProcess(service, log, PROCESS_READY, KILLED_SESSION_TIMEOUT);
        scenario(name, () -> {
            stack.killServiceProcess(service);
            stack.startService(service);
        });
    }

    @Test
    @Order(4)
    void brokerRestarted() throws Exception {
        scenario("Kafka broker restarted", () -> {
            stack.stopKafka();
            Thread.sleep(BROKER_OUTAGE.toMillis());
            stack.startKafka();
        });
    }

    @Test
    @Order(5)
    void mongoUnavailable() throws Exception {
        scenario("MongoDB down " + MONGO_OUTAGE.toSeconds() + " s", () -> {
            stack.stopMongo();
            Thread.sleep(MONGO_OUTAGE.toMillis());
            stack.startMongo();
        });
    }

    @Test
    @Order(6)
    void poisonRecordsOnEveryConsumedTopic() throws Exception {
        Map<String, List<String>> poisonKeys = new LinkedHashMap<>();
        scenario("poison records", () -> {
            for (String topic : List.of(Topics.SUBMISSIONS, Topics.SUBMISSION_STATUS, Topics.ARTICLES_EXTRACTED,
                    Topics.ARTICLES_ENRICHED, Topics.ARTICLES_RELATED)) {
                poisonKeys.put(topic, feedPoison(topic));
            }
        });
        Map<String, Integer> deadLettered = new TreeMap<>();
        for (var entry : poisonKeys.entrySet()) {
            String dlt = Topics.deadLetterOf(entry.getKey());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                Map<String, ConsumerRecord<String, byte[]>> dead = kafka.readAll(dlt).stream()
                        .collect(Collectors.toMap(ConsumerRecord::key, r -> r, (a, b) -> b));
                for (String key : entry.getValue()) {
                    assertThat(dead).as("poison %s in %s", key, dlt).containsKey(key);
                    assertThat(KafkaProbe.header(dead.get(key), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                            .as("error of %s in its headers", key).isNotBlank();
                    assertThat(KafkaProbe.header(dead.get(key), KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(entry.getKey());
                    if (key.startsWith("poison-oversized-")) {
                        // Cut to a publishable size, its real size in a header.
                        assertThat(dead.get(key).value().length).isLessThan(OVERSIZED_BYTES);
                        assertThat(KafkaProbe.header(dead.get(key), "newsflow_dlt-original-value-bytes")).isNotBlank();
                    }
                }
            });
            deadLettered.put(dlt, entry.getValue().size());
        }
        System.out.println("poison records found in their DLTs with error headers: " + deadLettered);
    }

    /** Malformed JSON, an unknown schema version, an oversized value: keys name the poison. */
    private List<String> feedPoison(String topic) throws Exception {
        String malformed = "poison-malformed-" + topic;
        String schema = "poison-schema-" + topic;
        String oversized = "poison-oversized-" + topic;
        kafka.send(topic, malformed, "{\"schemaVersion\":1,\"articleId\":".getBytes(StandardCharsets.UTF_8));
        kafka.send(topic, schema, ("{\"schemaVersion\":999,\"submissionId\":\"" + schema + "\",\"articleId\":\"" + schema
                + "\",\"url\":\"https://example.org/poison\"}").getBytes(StandardCharsets.UTF_8));
        kafka.send(topic, oversized, ("{\"schemaVersion\":1,\"pad\":\"" + "p".repeat(OVERSIZED_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        return List.of(malformed, schema, oversized);
    }

    interface Fault {
        void inject() throws Exception;
    }

    private void scenario(String name, Fault fault) throws Exception {
        int size = urlsLeft / batchesLeft--;
        urlsLeft -= size;
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            urls.add(site.url(nextArticle++));
        }
        long started = System.nanoTime();
        Map<String, String> ids = submissions.submit(urls);
        assertThat(ids).hasSize(size);
        // Let part of the batch through, so the fault strikes while the rest is in every stage.
        long waitUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (submissions.terminalCount(ids.keySet()) < size * FLOWING_BEFORE_FAULT && System.nanoTime() < waitUntil) {
            Thread.sleep(300);
        }
        long faultAt = System.nanoTime();
        fault.inject();
        log.info("{}: fault injected in {} ms", name, (System.nanoTime() - faultAt) / 1_000_000);

        Map<String, JsonNode> views = submissions.awaitTerminal(ids.keySet(), SETTLE);
        Map<String, Integer> counts = verify(name, ids, views);
        await().atMost(LAG_DRAINS).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(kafka.lagByGroup()).as("consumer lag after " + name)
                        .allSatisfy((group, lag) -> assertThat(lag).as(group).isZero()));
        counts.put("seconds", (int) ((System.nanoTime() - started) / 1_000_000_000L));
        summary.put(name, counts);
        System.out.printf("%s: %d URLs -> %s%n", name, size, counts);
    }

    /** Asserts the invariants on one batch and returns its counts by state (and FAILED reason). */
    private Map<String, Integer> verify(String scenario, Map<String, String> ids, Map<String, JsonNode> views) {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, Revision> latest = latestRevisions();
        for (String id : ids.keySet()) {
            JsonNode view = views.get(id);
            if (!Submissions.isTerminal(view)) {
                problems.add(id + " " + ids.get(id) + " not terminal: " + (view == null ? "unknown" : view.path("state")));
                counts.merge("NOT_TERMINAL", 1, Integer::sum);
                continue;
            }
            String state = view.get("state").asString();
            counts.merge(state, 1, Integer::sum);
            List<String> terminalSteps = new ArrayList<>();
            view.path("history").forEach(step -> {
                if (Submissions.TERMINAL.contains(step.path("state").asString(""))) {
                    terminalSteps.add(step.path("state").asString());
                }
            });
            if (terminalSteps.stream().distinct().count() != 1) {
                problems.add(id + " has terminal states " + terminalSteps);
            }
            if (state.equals("FAILED")) {
                String reason = view.path("reasonCode").asString("");
                counts.merge("FAILED:" + reason, 1, Integer::sum);
                if (reason.isBlank()) {
                    problems.add(id + " FAILED without a reason");
                }
            }
            if (state.equals("PUBLISHED")) {
                String articleId = view.path("articleId").asString("");
                JsonNode article = submissions.article(articleId);
                if (article == null) {
                    problems.add(id + " PUBLISHED but article " + articleId + " not readable");
                } else if (!Revision.of(article.path("revision")).equals(latest.get(articleId))) {
                    problems.add(id + " article " + articleId + " stored with revision " + article.path("revision")
                            + ", latest on the topic is " + latest.get(articleId));
                }
            }
        }
        Map<String, Integer> twice = store.articlesStoredMoreThanOnce();
        if (!twice.isEmpty()) {
            problems.add("articles stored more than once: " + twice);
        }
        assertThat(problems).as("%s: invariant violations (counts %s)", scenario, counts).isEmpty();
        return counts;
    }

    /** An article revision, times at millisecond precision (what a BSON date keeps). */
    record Revision(String contentHash, Instant fetchedAt, Instant extractedAt) {

        static Revision of(JsonNode node) {
            return new Revision(node.path("contentHash").asString(null), millis(instant(node.path("fetchedAt"))),
                    millis(instant(node.path("extractedAt"))));
        }

        private static Instant millis(Instant instant) {
            return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        }

        private static Instant instant(JsonNode node) {
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            if (node.isNumber()) {
                // Written as decimal epoch seconds (nanosecond fraction).
                return Instant.ofEpochSecond(0).plusNanos(node.decimalValue().movePointRight(9).longValue());
            }
            return Instant.parse(node.asString());
        }

        boolean isNewerThan(Revision other) {
            int byFetch = compare(fetchedAt, other.fetchedAt);
            return byFetch != 0 ? byFetch > 0 : compare(extractedAt, other.extractedAt) > 0;
        }

        private static int compare(Instant a, Instant b) {
            return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
        }
    }

    /** The newest revision of each article on the enriched topic (what publish-service must hold). */
    private Map<String, Revision> latestRevisions() {
        Map<String, Revision> latest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : kafka.readAll(Topics.ARTICLES_ENRICHED)) {
            JsonNode event = parse(record.value());
            if (event == null || !event.path("revision").isObject() || record.key() == null) {
                continue;
            }
            Revision revision = Revision.of(event.get("revision"));
            latest.merge(record.key(), revision, (a, b) -> b.isNewerThan(a) ? b : a);
        }
        return latest;
    }

    private static JsonNode parse(byte[] value) {
        try {
            return value == null ? null : Http.JSON.readTree(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
