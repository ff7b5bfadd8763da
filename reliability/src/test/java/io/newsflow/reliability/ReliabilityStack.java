package io.newsflow.reliability;

import io.newsflow.local.LocalStack;
import io.newsflow.local.LocalStackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One local stack for the whole suite (broker, store and services take ~20 s to start on two cores),
 * started by the first test class that asks and stopped when the test JVM exits. The store is the
 * persistent H2 one and every port is fixed up front, so the broker and the store can be stopped and
 * started again with their data, where clients expect them.
 */
final class ReliabilityStack {

    static final String TOKEN = "reliability-token";
    /**
     * Every page is served by one local host, so ingest's per-host politeness delay (1 s by default, tested
     * in ingest-service's own tests) would make the suite measure the delay: off here. A system property,
     * as each service's context reads them (only ingest-service has this setting).
     */
    static final String NO_HOST_DELAY = "newsflow.crawl.host-delay";
    private static final String LOOPBACK = "127.0.0.1/32,::1/128,localhost";

    private static LocalStack stack;
    private static ArticleSite site;

    private ReliabilityStack() {
    }

    static synchronized LocalStack stack() throws Exception {
        if (stack == null) {
            System.setProperty(NO_HOST_DELAY, System.getProperty(NO_HOST_DELAY, "0ms"));
            Path dir = Files.createTempDirectory("newsflow-reliability");
            int kafkaPort = freePort();
            LocalStackSettings settings = new LocalStackSettings(dir, kafkaPort, freePort(), freePort(), 0, 0, 0,
                    TOKEN, LOOPBACK, null, null, true);
            stack = LocalStack.start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(ReliabilityStack::stop, "reliability-stack-stop"));
        }
        return stack;
    }

    static synchronized ArticleSite site() throws IOException {
        if (site == null) {
            String pages = System.getProperty("reliability.pages");
            site = new ArticleSite(ArticlePages.load(pages == null ? null : Path.of(pages)));
        }
        return site;
    }

    private static synchronized void stop() {
        if (site != null) {
            site.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
