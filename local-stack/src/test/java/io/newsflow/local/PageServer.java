package io.newsflow.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A local web site serving the test pages from {@code src/test/resources/pages/<name>/index.html}. */
final class PageServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pathToPage = new ConcurrentHashMap<>();

    PageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String page = pathToPage.get(exchange.getRequestURI().getPath());
            byte[] body = page == null ? "<html><body><h1>Not found</h1></body></html>".getBytes()
                    : read("/pages/" + page + "/index.html");
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Serves the named page at {@code path} and returns its full URL. */
    String serve(String path, String page) {
        pathToPage.put(path, page);
        return url(path);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PageServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test page " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
