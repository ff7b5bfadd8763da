package io.newsflow.sources.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/**
 * A real loopback HTTP server with the sources a test subscribes to: a 100-item RSS feed with ETag and
 * Last-Modified support, the same feed without validators, a sitemap index with an XML child and a
 * gzipped child, a truncated feed and a failing one. Counts requests per path.
 */
public final class FeedServer implements AutoCloseable {

    public static final int FEED_ITEMS = 100;
    public static final int FIRST_CHILD_URLS = 40;
    public static final int SECOND_CHILD_URLS = 35;
    private static final String ETAG = "\"feed-v1\"";
    private static final String LAST_MODIFIED = "Tue, 12 Mar 2024 10:00:00 GMT";

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();

    public FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    public int notModifiedAnswers(String path) {
        return notModified.getOrDefault(path, new AtomicInteger()).get();
    }

    /** The article URLs of the 100-item feed served at {@code /feeds/<name>.xml}. */
    public static String articleUrl(String feedName, int i) {
        return "https://news.example.org/" + feedName + "/2024/03/12/story-" + i;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/feeds/with-validators.xml" -> {
                if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    exchange.close();
                    return;
                }
                validators(exchange);
                send(exchange, 200, "application/rss+xml", rss("with-validators"));
            }
            case "/feeds/no-validators.xml" -> send(exchange, 200, "application/rss+xml", rss("no-validators"));
            case "/sitemaps/index.xml" -> send(exchange, 200, "application/xml",
                    index("/sitemaps/part-1.xml", "/sitemaps/part-2.xml.gz"));
            case "/sitemaps/index-with-missing-child.xml" -> validatorsThenSend(exchange, "application/xml",
                    index("/sitemaps/part-1.xml", "/sitemaps/missing.xml"));
            case "/sitemaps/part-1.xml" -> send(exchange, 200, "application/xml", sitemap("part-1", FIRST_CHILD_URLS));
            case "/sitemaps/part-2.xml.gz" -> send(exchange, 200, "application/x-gzip",
                    gzip(sitemap("part-2", SECOND_CHILD_URLS)));
            case "/feeds/truncated.xml" -> send(exchange, 200, "application/rss+xml",
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><link>https://x.example/1"
                            .getBytes(StandardCharsets.UTF_8));
            case "/feeds/failing.xml" -> send(exchange, 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8));
            default -> send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void validators(HttpExchange exchange) {
        exchange.getResponseHeaders().add("ETag", ETAG);
        exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
    }

    private static byte[] rss(String name) {
        String items = IntStream.rangeClosed(1, FEED_ITEMS).mapToObj(i -> """
                <item><title>Story %d</title><link>%s?utm_source=rss</link>
                <guid isPermaLink="false">%s-%d</guid><pubDate>Tue, 12 Mar 2024 09:%02d:00 GMT</pubDate></item>
                """.formatted(i, articleUrl(name, i), name, i, i % 60)).collect(Collectors.joining());
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed " + name
                + "</title><link>https://news.example.org/</link><description>d</description>" + items
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] index(String firstChild, String secondChild) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s</loc></sitemap>
                  <sitemap><loc>%s</loc></sitemap>
                </sitemapindex>
                """.formatted(url(firstChild), url(secondChild))).strip()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The page URLs of the sitemap child {@code name}. */
    public static String pageUrl(String name, int i) {
        return "https://www.example.com/" + name + "/page-" + i;
    }

    private static byte[] sitemap(String name, int count) {
        String urls = IntStream.rangeClosed(1, count).mapToObj(i -> "<url><loc>" + pageUrl(name, i)
                + "</loc><lastmod>2024-03-" + String.format("%02d", 1 + i % 28) + "</lastmod></url>")
                .collect(Collectors.joining("\n"));
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + urls + "\n</urlset>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void validatorsThenSend(HttpExchange exchange, String type, byte[] body) throws IOException {
        if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        validators(exchange);
        send(exchange, 200, type, body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
