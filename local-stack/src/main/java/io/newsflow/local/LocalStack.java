package io.newsflow.local;

import io.newsflow.enrich.EnrichApplication;
import io.newsflow.ingest.IngestApplication;
import io.newsflow.publish.PublishApplication;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole system on one machine without Docker: a real Kafka broker (KRaft), an embedded
 * MongoDB-wire-compatible server and the three services, each a Spring Boot application with its own
 * context and configuration file in this JVM. End-to-end tests start it the same way.
 */
public final class LocalStack implements AutoCloseable {

    private static final String DATABASE = "newsflow";

    /**
     * One JVM means one classpath: without this, ingest and enrich would pick up publish-service's
     * MongoDB auto-configuration, open clients to a database they must not use and report its health.
     */
    private static final String NO_MONGO = "--spring.autoconfigure.exclude="
            + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
            + "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration,"
            + "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration,"
            + "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration,"
            + "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration,"
            + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration,"
            + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration,"
            + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveRepositoriesAutoConfiguration,"
            + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration";

    private final LocalStackSettings settings;
    private final List<AutoCloseable> started = new ArrayList<>();
    private String kafkaBootstrap;
    private String mongoUri;
    private ConfigurableApplicationContext publish;
    private ConfigurableApplicationContext enrich;
    private ConfigurableApplicationContext ingest;

    private LocalStack(LocalStackSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        LocalStack stack = start(LocalStackSettings.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "newsflow-shutdown"));
        stack.printWhereEverythingListens(System.out);
    }

    /** Starts the broker, the database and the three services; on failure, stops what had started. */
    public static LocalStack start(LocalStackSettings settings) throws Exception {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.startInfrastructure();
            stack.startServices();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startInfrastructure() throws Exception {
        if (settings.externalMongoUri() != null) {
            mongoUri = settings.externalMongoUri();
        } else {
            MongoNode mongo = MongoNode.start(settings.dataDir().resolve("mongo"), settings.mongoPort(),
                    settings.persistent());
            started.add(mongo);
            mongoUri = mongo.uri(DATABASE);
        }
        if (settings.externalKafka() != null) {
            kafkaBootstrap = settings.externalKafka();
        } else {
            KafkaNode kafka = KafkaNode.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                    settings.controllerPort());
            started.add(kafka);
            kafkaBootstrap = kafka.bootstrapServers();
        }
    }

    private void startServices() {
        // Consumers first, so the first submission finds every stage ready; publish-service forwards
        // the editor page's submissions to ingest-service, so it is told ingest's port up front.
        int ingestPort = settings.ingestPort() == 0 ? FreePorts.next() : settings.ingestPort();
        publish = run(PublishApplication::application, settings.publishPort(),
                "--spring.mongodb.uri=" + mongoUri, "--spring.mongodb.database=" + DATABASE,
                "--newsflow.publish.ingest-url=http://127.0.0.1:" + ingestPort);
        enrich = run(EnrichApplication::application, settings.enrichPort(), NO_MONGO);
        ingest = run(IngestApplication::application, ingestPort, NO_MONGO,
                "--newsflow.editor.tokens=" + settings.editorTokens(),
                "--newsflow.fetch.allow=" + settings.fetchAllow());
    }

    private ConfigurableApplicationContext run(Supplier<SpringApplicationBuilder> app, int port, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrap,
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext context = app.get().registerShutdownHook(false)
                .run(args.toArray(String[]::new));
        started.add(context::close);
        return context;
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public String mongoUri() {
        return mongoUri;
    }

    public String editorToken() {
        return settings.editorTokens().split(",")[0].trim();
    }

    public int publishPort() {
        return portOf(publish);
    }

    public int ingestPort() {
        return portOf(ingest);
    }

    public int enrichPort() {
        return portOf(enrich);
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    void printWhereEverythingListens(PrintStream out) {
        out.println();
        out.println("Newsflow is running (Ctrl-C stops it)");
        out.println("  Kafka broker     " + kafkaBootstrap + "   data: " + settings.dataDir().resolve("kafka"));
        out.println("  MongoDB (wire)   " + mongoUri + "   data: " + settings.dataDir().resolve("mongo"));
        out.println("  publish-service  http://127.0.0.1:" + publishPort() + "/   (editor page, /api/articles)");
        out.println("  ingest-service   http://127.0.0.1:" + ingestPort() + "/api/submissions");
        out.println("  enrich-service   http://127.0.0.1:" + enrichPort() + "/actuator/health");
        out.println("  editor token     " + editorToken());
        out.println("  fetch allowed to " + settings.fetchAllow() + " (set NEWSFLOW_FETCH_ALLOW to change)");
        out.println();
        out.println("Try: curl -X POST http://127.0.0.1:" + ingestPort() + "/api/submissions -H 'Authorization: Bearer "
                + editorToken() + "' -H 'Content-Type: application/json' -d '{\"url\":\"https://example.org/a\"}'");
    }

    /** Stops the services (ingest first, so no new work enters), then the broker, then the database. */
    @Override
    public synchronized void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("newsflow: error while stopping: " + e);
            }
        }
        started.clear();
    }
}
