package io.newsflow.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local web site serving {@link ArticlePages} under distinct URLs: {@code /news/<n>/} is page
 * {@code n mod pages} (so any number of URLs can be served), everything else is 404.
 */
final class ArticleSite implements AutoCloseable {

    private static final Pattern PATH = Pattern.compile("/news/(\\d+)/");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<ArticlePages.Page> pages;

    ArticleSite(List<ArticlePages.Page> pages) throws IOException {
        this.pages = pages;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
            byte[] body = m.matches() ? pages.get((int) (Long.parseLong(m.group(1)) % pages.size())).html()
                    : "<html><body><h1>Not found</h1></body></html>".getBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(m.matches() ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The URL of article {@code n}. */
    String url(long n) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/news/" + n + "/";
    }

    int pageCount() {
        return pages.size();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
