package io.newsflow.local;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where the local stack keeps its data and listens. Read from environment variables, each with a
 * default fit for one developer machine:
 *
 * <pre>
 * NEWSFLOW_DATA_DIR      ./data                 Kafka log under kafka/, MongoDB store under mongo/
 * NEWSFLOW_KAFKA_PORT    9092                   broker listener (controller on the next port)
 * NEWSFLOW_MONGO_PORT    27017                  MongoDB wire protocol
 * NEWSFLOW_PUBLISH_PORT  8080                   publish-service (API, feeds, editor page)
 * NEWSFLOW_INGEST_PORT   8081                   ingest-service (submissions)
 * NEWSFLOW_ENRICH_PORT   8082                   enrich-service (health, metrics)
 * NEWSFLOW_EDITOR_TOKENS (a random token)       bearer tokens accepted for submissions
 * NEWSFLOW_FETCH_ALLOW   127.0.0.1/32,::1/128,localhost
 *                                               internal hosts the fetcher may reach: on a developer
 *                                               machine, pages served locally; never set this so wide
 *                                               in production
 * </pre>
 *
 * @param externalKafka    bootstrap servers of a broker to use instead of starting one (null: start one)
 * @param externalMongoUri URI of a MongoDB to use instead of starting one (null: start one)
 * @param persistent       keep data on disk (true for the developer stack, false for tests)
 */
public record LocalStackSettings(Path dataDir, int kafkaPort, int controllerPort, int mongoPort, int publishPort,
                                 int ingestPort, int enrichPort, String editorTokens, String fetchAllow,
                                 String externalKafka, String externalMongoUri, boolean persistent) {

    static final String LOOPBACK_ALLOW = "127.0.0.1/32,::1/128,localhost";

    /** The developer stack: fixed ports, data under ./data (or NEWSFLOW_DATA_DIR). */
    public static LocalStackSettings fromEnvironment(Map<String, String> env) {
        int kafkaPort = port(env, "NEWSFLOW_KAFKA_PORT", 9092);
        return new LocalStackSettings(
                Path.of(env.getOrDefault("NEWSFLOW_DATA_DIR", "data")).toAbsolutePath(),
                kafkaPort, kafkaPort + 1,
                port(env, "NEWSFLOW_MONGO_PORT", 27017),
                port(env, "NEWSFLOW_PUBLISH_PORT", 8080),
                port(env, "NEWSFLOW_INGEST_PORT", 8081),
                port(env, "NEWSFLOW_ENRICH_PORT", 8082),
                env.getOrDefault("NEWSFLOW_EDITOR_TOKENS", "dev-" + randomToken()),
                env.getOrDefault("NEWSFLOW_FETCH_ALLOW", LOOPBACK_ALLOW),
                null, null, true);
    }

    /** A stack for tests: free ports, data in {@code dir}, nothing kept. */
    public static LocalStackSettings forTests(Path dir, String editorToken) {
        return new LocalStackSettings(dir, FreePorts.next(), FreePorts.next(), 0, 0, 0, 0, editorToken,
                LOOPBACK_ALLOW, null, null, false);
    }

    /** The same settings, using an already running broker and database (e.g. Testcontainers). */
    public LocalStackSettings withExternal(String kafkaBootstrap, String mongoUri) {
        return new LocalStackSettings(dataDir, kafkaPort, controllerPort, mongoPort, publishPort, ingestPort,
                enrichPort, editorTokens, fetchAllow, kafkaBootstrap, mongoUri, persistent);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'", e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
