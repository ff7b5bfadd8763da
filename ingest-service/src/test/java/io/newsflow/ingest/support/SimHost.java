package io.newsflow.ingest.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated web host on a loopback address of its own (127.0.0.x: all of 127/8 is loopback on Linux)
 * and a random port. Records every request with its start and end time and the most requests it ever
 * had in flight at once, so tests measure politeness on the server side. robots.txt answers 404 unless
 * a handler is registered for it. Paths ending in {@code *} match by prefix.
 */
public final class SimHost implements AutoCloseable {

    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws Exception;
    }

    /** One request: path (with query), when it arrived and when its answer was complete (System.nanoTime). */
    public record Hit(String path, long startNanos, long endNanos, String ifNoneMatch) {
    }

    private final HttpServer server;
    private final String address;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "sim-host");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    /** Released on close, so handlers that hang until then end with the test. */
    public final CountDownLatch closing = new CountDownLatch(1);

    public SimHost(String address) throws IOException {
        this.address = address;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::dispatch);
        server.start();
    }

    public SimHost on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    public URI url(String path) {
        return URI.create("http://" + address + ":" + port() + path);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String hostKey() {
        return address + ":" + port();
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** Requests other than robots.txt. */
    public List<Hit> pageHits() {
        return hits.stream().filter(hit -> !hit.path().equals("/robots.txt")).toList();
    }

    public int maxConcurrent() {
        return maxInFlight.get();
    }

    private void dispatch(HttpExchange exchange) {
        long start = System.nanoTime();
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        try {
            Handler handler = handlerFor(path);
            if (handler == null) {
                send(exchange, 404, "text/html", "<h1>Not found</h1>");
            } else {
                handler.handle(exchange);
            }
        } catch (Exception e) {
            // the client hung up (cut-off body, timeout): nothing more to send
        } finally {
            // noted before the exchange closes: a client may see the whole answer before the handler returns,
            // so a test that reads hits right after its fetch should still wait for them (awaitility)
            inFlight.decrementAndGet();
            hits.add(new Hit(query == null ? path : path + "?" + query, start, System.nanoTime(),
                    exchange.getRequestHeaders().getFirst("If-None-Match")));
            exchange.close();
        }
    }

    private Handler handlerFor(String path) {
        Handler exact = handlers.get(path);
        if (exact != null) {
            return exact;
        }
        return handlers.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("*")
                        && path.startsWith(entry.getKey().substring(0, entry.getKey().length() - 1)))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    public static Handler html(String body) {
        return exchange -> send(exchange, 200, "text/html; charset=utf-8", body);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
