package io.newsflow.publish;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Stands in for ingest-service's {@code POST /api/submissions}: remembers what it got, answers 202. */
final class FakeIngest implements AutoCloseable {

    private final HttpServer server;
    private volatile String lastAuthorization;
    private volatile String lastBody;

    private FakeIngest(HttpServer server) {
        this.server = server;
    }

    static FakeIngest start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeIngest ingest = new FakeIngest(server);
            server.createContext("/api/submissions", exchange -> {
                ingest.lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
                ingest.lastBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                byte[] answer = "[{\"id\":\"s-1\",\"url\":\"https://news.example/x\",\"state\":\"ACCEPTED\"}]"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(202, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return ingest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String lastAuthorization() {
        return lastAuthorization;
    }

    String lastBody() {
        return lastBody;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
