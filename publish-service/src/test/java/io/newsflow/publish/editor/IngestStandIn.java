package io.newsflow.publish.editor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.contracts.ArticleContent;
import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.Enrichment;
import io.newsflow.contracts.Revision;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Tag;
import io.newsflow.contracts.TagType;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for the stages upstream of publish-service, which this module cannot start: it serves a
 * local news page ({@code /pages/summit.html}), takes {@code POST /api/submissions} like ingest-service
 * (token checked, 202 receipts), then really fetches the submitted page over HTTP and plays the
 * pipeline's events into Kafka — ACCEPTED, FETCHING, EXTRACTED, ENRICHED statuses and the enriched
 * article with its entities — so publish-service publishes it exactly as it would in the full stack.
 * Extraction and enrichment here are fixed rules for this page, not the real engines.
 */
final class IngestStandIn implements AutoCloseable {

    static final String TOKEN = "browser-test-token";
    static final String PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>NATO summit</title></head>
            <body><article><h1>NATO ministers meet in Brussels</h1>
            <p>Foreign ministers of NATO met in Brussels on Friday.</p>
            <p>Jens Stoltenberg said support for Ukraine would continue.</p></article></body></html>""";
    private static final Pattern H1 = Pattern.compile("<h1>(.*?)</h1>");
    private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>");
    private static final Pattern URL = Pattern.compile("\"(https?://[^\"]+)\"");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private volatile EventPublisher publisher;

    private IngestStandIn(HttpServer server) {
        this.server = server;
    }

    static IngestStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            IngestStandIn standIn = new IngestStandIn(server);
            server.createContext("/pages/summit.html", exchange -> respond(exchange, 200, "text/html", PAGE));
            server.createContext("/api/submissions", standIn::submit);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void publishWith(EventPublisher publisher) {
        this.publisher = publisher;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String pageUrl() {
        return url() + "/pages/summit.html";
    }

    private void submit(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "application/problem+json", "{\"status\":401,\"title\":\"Unauthorized\"}");
            return;
        }
        List<String> receipts = new ArrayList<>();
        Matcher urls = URL.matcher(body);
        while (urls.find()) {
            String id = UUID.randomUUID().toString();
            String url = urls.group(1);
            receipts.add("{\"id\":\"" + id + "\",\"url\":\"" + url + "\",\"state\":\"ACCEPTED\"}");
            CompletableFuture.runAsync(() -> process(id, url));
        }
        respond(exchange, 202, "application/json", "[" + String.join(",", receipts) + "]");
    }

    private void process(String submissionId, String url) {
        try {
            String articleId = ArticleIds.of(url);
            status(submissionId, url, null, SubmissionState.ACCEPTED);
            status(submissionId, url, null, SubmissionState.FETCHING);
            Instant fetchedAt = Instant.now();
            String html = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher title = H1.matcher(html);
            String heading = title.find() ? title.group(1) : url;
            List<String> paragraphs = new ArrayList<>();
            Matcher paragraph = PARAGRAPH.matcher(html);
            while (paragraph.find()) {
                paragraphs.add(paragraph.group(1));
            }
            status(submissionId, url, articleId, SubmissionState.EXTRACTED);
            status(submissionId, url, articleId, SubmissionState.ENRICHED);
            ArticleEnriched article = new ArticleEnriched(articleId, submissionId, url, url,
                    new Revision(Integer.toHexString(html.hashCode()), fetchedAt),
                    new ArticleContent(heading, String.join("\n", paragraphs), null, null, null, "en", "Local News",
                            null, null, List.of(), List.of(), List.of()),
                    new Enrichment("en", List.of(new Tag("NATO", TagType.ORGANIZATION, 0.9, 2, "Q7184", null),
                            new Tag("Jens Stoltenberg", TagType.PERSON, 0.7, 1, "Q57278", null),
                            new Tag("Brussels", TagType.PLACE, 0.5, 2, "Q239", null),
                            new Tag("defence", TagType.TOPIC, 0.6, 0, null, "medtop:20000065")), List.of(), List.of()),
                    "editor");
            publisher.publish(Topics.ARTICLES_ENRICHED, article).get();
        } catch (Exception e) {
            throw new IllegalStateException("stand-in pipeline failed for " + url, e);
        }
    }

    private void status(String submissionId, String url, String articleId, SubmissionState state) throws Exception {
        publisher.publish(Topics.SUBMISSION_STATUS, new SubmissionStatusChanged(submissionId, url, articleId, state,
                null, null, "ingest-stand-in", Instant.now())).get();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
