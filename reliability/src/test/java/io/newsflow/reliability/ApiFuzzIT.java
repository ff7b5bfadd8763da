package io.newsflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Topics;
import io.newsflow.local.LocalStack;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Fuzzes the HTTP APIs of the running services with invalid JSON, wrong types, huge bodies, unicode
 * edge cases and injection strings. Writes (submissions, sources, uploads, webhooks) get only inputs
 * that must be refused: each must answer a 4xx RFC 9457 problem, and nothing may be stored (no record
 * on the submission or source topics, no document in the store). Reads (article filters, ids, feeds)
 * may answer 2xx (a filter value is just a value) but never 5xx, and any 4xx is a problem document.
 * {@code reliability.fuzzCases} random cases per target besides the fixed ones (60 in CI).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzIT {

    private static final int RANDOM_CASES = Integer.getInteger("reliability.fuzzCases", 60);
    /** Each random read value is sent to 20 endpoints: a quarter of the cases keeps the suite's time in budget. */
    private static final int RANDOM_READ_VALUES = Math.max(5, RANDOM_CASES / 6);
    /** A read that takes longer than this counts as not answered (they take milliseconds). */
    private static final java.time.Duration READ_TIMEOUT = java.time.Duration.ofSeconds(5);

    /**
     * Failures found by this fuzzer and not fixed yet, printed case by case but not failing the build;
     * anything else fails. Empty: the two it found are closed (feeds answering 500 on control characters,
     * fixed in publish-service; about 1 in 100 reads never answered on a kept-alive connection, a
     * Reactor Netty 1.3.6 bug fixed by pinning 1.3.8 in the root pom). Cases share pooled connections, as
     * real clients do.
     */
    record KnownFailure(String description, java.util.function.Predicate<String> matches) {
    }

    static final List<KnownFailure> KNOWN_FAILURES = List.of();
    private static final long SEED = Long.getLong("reliability.fuzzSeed", 7L);

    /** Strings no API may take as a URL, id or anything else, embedded in every shape below. */
    static final List<String> HOSTILE = List.of(
            "", " ", "\u0000", "null", "undefined", "../../../../etc/passwd", "..%2f..%2fetc%2fpasswd",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "' OR '1'='1' --", "\"; DROP TABLE articles; --", "{\"$gt\":\"\"}", "$where", "this.x == 1",
            "${jndi:ldap://127.0.0.1/a}", "#{7*7}", "{{7*7}}", "%00", "%s%s%s%n", "\ud800", "\udfff\ud800",
            "\u202eexe.txt", "\ufeffhttp", "e\u0301\u0301\u0301", "😀🏳️‍🌈", "ｈｔｔｐ：／／ｅｘａｍｐｌｅ", "ftp://example.org/a",
            "file:///etc/passwd", "gopher://127.0.0.1:25/", "data:text/html,<h1>x</h1>", "http://", "http:///a",
            "http://[::1", "//example.org/a", "http://exa mple.org/", "http://example.org/\r\nSet-Cookie: a=b",
            "9".repeat(400), "a".repeat(3000), "http://e.org/" + "a".repeat(2100));

    private LocalStack stack;
    private Http http;
    private KafkaProbe kafka;
    private StoreProbe store;
    private final Random random = new Random(SEED);
    private final Map<String, Integer> answers = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int cases;

    @BeforeAll
    void start() throws Exception {
        stack = ReliabilityStack.stack();
        http = new Http(READ_TIMEOUT);
        kafka = new KafkaProbe(stack.kafkaBootstrap());
        store = new StoreProbe(stack.mongoUri());
    }

    @AfterAll
    void stop() {
        System.out.printf("%n=== API fuzz: %d requests, answers by status %s ===%n", cases, answers);
        kafka.close();
        store.close();
    }

    @BeforeEach
    void newCaseList() {
        failures.clear();
    }

    @Test
    void refusedWritesAreProblemsAndStoreNothing() throws Exception {
        long submissionsBefore = kafka.endOffset(Topics.SUBMISSIONS);
        long sourcesBefore = kafka.endOffset(Topics.SOURCES);
        Map<String, Long> documentsBefore = documentCounts();
        String ingest = "http://127.0.0.1:" + stack.ingestPort();
        String publish = "http://127.0.0.1:" + stack.publishPort();

        for (byte[] body : jsonBodies("url", "urls")) {
            refused("POST", ingest + "/api/submissions", "application/json", body);
        }
        for (byte[] body : jsonBodies("url", "kind")) {
            refused("POST", ingest + "/api/sources", "application/json", body);
        }
        for (byte[] body : jsonBodies("url", "secret")) {
            refused("POST", publish + "/api/webhooks", "application/json", body);
        }
        for (byte[] body : uploadBodies()) {
            refused("POST", ingest + "/api/submissions/upload", "text/plain", body);
        }
        for (byte[] body : opmlBodies()) {
            refused("POST", ingest + "/api/submissions/upload", "text/x-opml", body);
        }
        // Wrong media types and no token.
        refused("POST", ingest + "/api/submissions", "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8));
        refused("POST", ingest + "/api/submissions/upload", "application/octet-stream", new byte[] {1, 2, 3});
        answer("POST", ingest + "/api/submissions", "application/json",
                "{\"url\":\"https://example.org/a\"}".getBytes(StandardCharsets.UTF_8), null, true);

        assertThat(unknown(failures)).as("answers that were not a 4xx problem").isEmpty();
        assertThat(kafka.endOffset(Topics.SUBMISSIONS)).as("records on " + Topics.SUBMISSIONS).isEqualTo(submissionsBefore);
        assertThat(kafka.endOffset(Topics.SOURCES)).as("records on " + Topics.SOURCES).isEqualTo(sourcesBefore);
        assertThat(documentCounts()).as("documents in the store").isEqualTo(documentsBefore);
    }

    @Test
    void readsNeverFailWithAServerError() {
        String publish = "http://127.0.0.1:" + stack.publishPort();
        List<String> values = new ArrayList<>(HOSTILE);
        for (int i = 0; i < RANDOM_READ_VALUES; i++) {
            values.add(randomString(1 + random.nextInt(60)));
        }
        values.addAll(List.of("-1", "0", "101", "2147483648", "1e9", "NaN", "2024-13-45", "2024-01-01T25:00:00Z",
                "99999-01-01", "true", "[]", "{}", "eyJhIjoxfQ", "!!!!", "AAAA====", "Q7184"));
        List<String> formats = List.of("atom", "rss", "json");
        for (int v = 0; v < values.size(); v++) {
            String value = values.get(v);
            String q = URLEncoder.encode(value, StandardCharsets.UTF_8);
            for (String filter : List.of("tag", "entity", "topic", "site", "language", "q", "since", "until", "limit",
                    "cursor")) {
                readable(publish + "/api/articles?" + filter + "=" + q);
            }
            String path = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            readable(publish + "/api/articles/" + path);
            readable(publish + "/api/submissions/" + path);
            readable(publish + "/api/webhooks/" + path);
            // One feed format per value, in turn: the three share their filter code.
            readable(publish + "/feeds/articles." + formats.get(v % 3) + "?site=" + q + "&language=" + q + "&q=" + q);
            readable(publish + "/feeds/tags/" + path + ".atom");
            readable(publish + "/feeds/entities/" + path + ".rss");
            readable(publish + "/feeds/topics/" + path + ".json");
            readable(publish + "/api/tags?type=" + q + "&limit=" + q);
        }
        assertThat(unknown(failures)).as("server errors or 4xx answers that were not problems").isEmpty();
    }

    /** The failures not explained by a known failure; the known ones are printed with their count. */
    private static List<String> unknown(List<String> failures) {
        List<String> unknown = new ArrayList<>();
        Map<String, Integer> known = new TreeMap<>();
        for (String failure : failures) {
            KNOWN_FAILURES.stream().filter(k -> k.matches().test(failure)).findFirst().ifPresentOrElse(
                    k -> {
                        known.merge(k.description(), 1, Integer::sum);
                        System.out.println("  known failure case: " + failure);
                    }, () -> unknown.add(failure));
        }
        known.forEach((description, count) -> System.out.printf("KNOWN FAILURE (%d cases): %s%n", count, description));
        return unknown;
    }

    /** JSON bodies that no write endpoint may accept, built around its field names. */
    private List<byte[]> jsonBodies(String field, String other) {
        List<String> bodies = new ArrayList<>(List.of("", "{", "}", "[", "{\"" + field + "\":", "nul", "\"str\"", "42",
                "[]", "{}", "[1,2,3]", "{\"" + field + "\":null}", "{\"" + field + "\":123}", "{\"" + field + "\":true}",
                "{\"" + field + "\":[\"a\",{\"b\":1}]}", "{\"" + field + "\":{\"$gt\":\"\"}}",
                "{\"$where\":\"sleep(1000)\"}", "{\"" + field + "\":{\"$where\":\"1\"}}",
                "{\"" + other + "\":\"x\",\"" + other + "\":{\"$ne\":null}}", "{\"urls\":\"x\"}", "{\"urls\":[1,2]}",
                "{\"urls\":{}}", "{\"urls\":[null]}", "{\"urls\":[]}", "{\"" + field + "\":\"x\"} trailing",
                "[".repeat(100_000) + "]".repeat(100_000), "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000),
                "{\"" + field + "\":\"" + "x".repeat(5_000_000) + "\"}"));
        StringBuilder many = new StringBuilder("{\"urls\":[");
        for (int i = 0; i < 100_000; i++) {
            many.append(i == 0 ? "" : ",").append("\"ftp://e.org/").append(i).append('"');
        }
        bodies.add(many.append("]}").toString());
        for (String hostile : HOSTILE) {
            bodies.add("{\"" + field + "\":" + Http.JSON.writeValueAsString(hostile) + "}");
            bodies.add("{\"urls\":[" + Http.JSON.writeValueAsString(hostile) + "]}");
        }
        List<byte[]> bytes = new ArrayList<>(bodies.stream().map(b -> b.getBytes(StandardCharsets.UTF_8)).toList());
        // Bytes that are not UTF-8 at all: overlong encodings, lone continuation bytes, NUL.
        bytes.add(new byte[] {'{', '"', 'u', 'r', 'l', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'});
        bytes.add(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, '{', 0, '}'});
        bytes.add(new byte[] {'{', '"', 'u', 'r', 'l', 's', '"', ':', '[', '"', (byte) 0x80, (byte) 0xBF, '"', ']', '}'});
        for (int i = 0; i < RANDOM_CASES; i++) {
            bytes.add(mutate(("{\"" + field + "\":\"ftp://example.org/" + i + "\",\"" + other + "\":[\"gopher://x\"]}")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return bytes;
    }

    private List<byte[]> uploadBodies() {
        List<byte[]> bodies = new ArrayList<>();
        bodies.add(new byte[0]);
        // One hostile string per line; those with a line break of their own would split into lines that
        // are fine URLs (http://example.org/ of the header-injection string), so they stay out.
        bodies.add(String.join("\n", HOSTILE.stream().filter(h -> !h.contains("\n") && !h.contains("\r")).toList())
                .getBytes(StandardCharsets.UTF_8));
        bodies.add(("ftp://example.org/a\n".repeat(300_000)).getBytes(StandardCharsets.UTF_8));
        bodies.add(new byte[] {(byte) 0xC0, (byte) 0xAF, '\n', 0, 0, 0});
        for (int i = 0; i < RANDOM_CASES; i++) {
            bodies.add(randomString(1 + random.nextInt(300)).replace("http", "htp").getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    private List<byte[]> opmlBodies() {
        List<String> bodies = new ArrayList<>(List.of("", "<opml", "<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>",
                "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<opml version=\"2.0\"><body><outline xmlUrl=\"&xxe;\"/></body></opml>",
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                        + "<opml><body><outline text=\"&lol2;\"/></body></opml>",
                "<opml>" + "<outline>".repeat(100_000) + "</opml>"));
        for (String hostile : HOSTILE) {
            String attr = hostile.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
            bodies.add("<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline type=\"rss\" xmlUrl=\"" + attr
                    + "\"/><outline url=\"" + attr + "\"/></body></opml>");
        }
        return bodies.stream().map(b -> b.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Random byte flips, cuts, insertions and duplications of a body that is invalid to begin with. */
    private byte[] mutate(byte[] body) {
        byte[] out = body.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && out.length > 0; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out = java.util.Arrays.copyOf(out, at);
                case 2 -> {
                    byte[] insert = randomString(1 + random.nextInt(8)).getBytes(StandardCharsets.UTF_8);
                    byte[] grown = new byte[out.length + insert.length];
                    System.arraycopy(out, 0, grown, 0, at);
                    System.arraycopy(insert, 0, grown, at, insert.length);
                    System.arraycopy(out, at, grown, at + insert.length, out.length - at);
                    out = grown;
                }
                default -> {
                    byte[] doubled = new byte[out.length * 2];
                    System.arraycopy(out, 0, doubled, 0, out.length);
                    System.arraycopy(out, 0, doubled, out.length, out.length);
                    out = doubled;
                }
            }
        }
        return out;
    }

    /** Strings over awkward code points: controls, surrogates, combining marks, RTL, CJK, emoji, JSON syntax. */
    private String randomString(int length) {
        int[][] ranges = {{0x00, 0x1F}, {0x20, 0x7E}, {0x80, 0x9F}, {0x300, 0x36F}, {0x202A, 0x202E},
                {0xD800, 0xDFFF}, {0xFFF0, 0xFFFF}, {0x4E00, 0x4E40}, {0x1F600, 0x1F64F}};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int[] range = ranges[random.nextInt(ranges.length)];
            s.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return s.toString();
    }

    private void refused(String method, String url, String contentType, byte[] body) {
        answer(method, url, contentType, body, ReliabilityStack.TOKEN, true);
    }

    private void readable(String url) {
        answer("GET", url, null, null, null, false);
    }

    /** Sends one case; records it as a failure unless it is a 4xx problem (or, for reads, a 2xx/3xx). */
    private void answer(String method, String url, String contentType, byte[] body, String token, boolean mustRefuse) {
        cases++;
        Http.Response response;
        try {
            response = http.send(method, url, contentType, body, token);
        } catch (IllegalStateException e) {
            failures.add(describe(method, url, body) + " -> no answer: " + e.getMessage());
            return;
        }
        answers.merge(String.valueOf(response.status()), 1, Integer::sum);
        boolean clientError = response.status() >= 400 && response.status() < 500;
        if (response.status() >= 500 || (mustRefuse && !clientError)) {
            failures.add(describe(method, url, body) + " -> " + response.status() + " " + abbreviate(response.body()));
        } else if (clientError && !isProblem(response) && !rejectedByHttpCodec(response)) {
            failures.add(describe(method, url, body) + " -> " + response.status() + " not a problem document ("
                    + response.contentType() + "): " + abbreviate(response.body()));
        }
    }

    /**
     * A request line or header block over the server's limits (4 KB line, 8 KB headers) is answered 414/431
     * by the HTTP codec before any application code runs, with no body: a correct refusal, but it cannot
     * be a problem document.
     */
    private static boolean rejectedByHttpCodec(Http.Response response) {
        return (response.status() == 414 || response.status() == 431) && (response.body() == null
                || response.body().isEmpty());
    }

    private static boolean isProblem(Http.Response response) {
        JsonNode json = response.json();
        return response.contentType().startsWith("application/problem+json") && json != null
                && json.path("status").asInt() == response.status() && json.hasNonNull("title");
    }

    private static String describe(String method, String url, byte[] body) {
        return method + " " + abbreviate(url) + (body == null ? "" : " body " + abbreviate(new String(body,
                StandardCharsets.UTF_8)) + " (" + body.length + " bytes)");
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }

    private Map<String, Long> documentCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String collection : List.of("articles", "submissions", "webhooks")) {
            counts.put(collection, store.count(collection));
        }
        return counts;
    }
}
