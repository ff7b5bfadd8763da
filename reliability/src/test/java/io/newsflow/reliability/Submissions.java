package io.newsflow.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Submits URLs to ingest-service and follows them on publish-service until each is terminal. */
final class Submissions {

    static final Set<String> TERMINAL = Set.of("PUBLISHED", "DUPLICATE", "FAILED");
    private static final int PER_REQUEST = 100;

    private final Http http;
    private final int ingestPort;
    private final int publishPort;
    private final String token;

    Submissions(Http http, int ingestPort, int publishPort, String token) {
        this.http = http;
        this.ingestPort = ingestPort;
        this.publishPort = publishPort;
        this.token = token;
    }

    /** Submits every URL (at most 100 per request); returns submission id → URL. */
    Map<String, String> submit(List<String> urls) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (int from = 0; from < urls.size(); from += PER_REQUEST) {
            ObjectNode body = Http.JSON.createObjectNode();
            ArrayNode list = body.putArray("urls");
            urls.subList(from, Math.min(urls.size(), from + PER_REQUEST)).forEach(list::add);
            Http.Response response = http.send("POST", "http://127.0.0.1:" + ingestPort + "/api/submissions",
                    "application/json", body.toString().getBytes(StandardCharsets.UTF_8), token);
            if (response.status() != 202) {
                throw new AssertionError("submission answered " + response.status() + ": " + response.body());
            }
            for (JsonNode accepted : response.json()) {
                ids.put(accepted.get("id").asString(), accepted.get("url").asString());
            }
        }
        return ids;
    }

    /** The submission's view, or null while publish-service does not know it (or is down). */
    JsonNode view(String id) {
        Http.Response response = http.getOrNull("http://127.0.0.1:" + publishPort + "/api/submissions/" + id);
        return response == null || response.status() != 200 ? null : response.json();
    }

    static boolean isTerminal(JsonNode view) {
        return view != null && TERMINAL.contains(view.path("state").asString(""));
    }

    /** Number of the given submissions already terminal. */
    int terminalCount(Iterable<String> ids) {
        int terminal = 0;
        for (String id : ids) {
            terminal += isTerminal(view(id)) ? 1 : 0;
        }
        return terminal;
    }

    /** Waits until every submission is terminal or the time is up; returns the last view of each. */
    Map<String, JsonNode> awaitTerminal(Iterable<String> ids, Duration atMost) throws InterruptedException {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        ids.forEach(pending::add);
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            for (var it = pending.iterator(); it.hasNext(); ) {
                String id = it.next();
                JsonNode view = view(id);
                views.put(id, view);
                if (isTerminal(view)) {
                    it.remove();
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(500);
            }
        }
        return views;
    }

    JsonNode article(String articleId) {
        Http.Response response = http.getOrNull("http://127.0.0.1:" + publishPort + "/api/articles/" + articleId);
        return response == null || response.status() != 200 ? null : response.json();
    }
}
