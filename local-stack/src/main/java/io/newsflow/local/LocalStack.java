package io.newsflow.local;

import io.newsflow.enrich.EnrichApplication;
import io.newsflow.ingest.IngestApplication;
import io.newsflow.publish.PublishApplication;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;

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

    /** The three services, in start order (consumers first). */
    public enum Service {
        PUBLISH(PublishApplication.class, PublishApplication::application),
        ENRICH(EnrichApplication.class, EnrichApplication::application),
        INGEST(IngestApplication.class, IngestApplication::application);

        /** The class whose {@code main} runs the service in a JVM of its own. */
        private final Class<?> main;
        /** How it is started in this JVM. */
        private final Supplier<SpringApplicationBuilder> application;

        Service(Class<?> main, Supplier<SpringApplicationBuilder> application) {
            this.main = main;
            this.application = application;
        }
    }

    /** Every service's endpoints: health, info, metrics and Prometheus (the services' own files may list fewer). */
    /** Ingest's per-host delay on the local stack unless configured (see {@link #hostDelay()}). */
    static final String LOCAL_HOST_DELAY = "100ms";

    /** Heap of a service in a JVM of its own ({@link #startServiceProcess}): the services' documented bound. */
    private static final String CHILD_HEAP = "512m";

    private static final String EXPOSURE = "--management.endpoints.web.exposure.include=health,info,metrics,prometheus";

    private final LocalStackSettings settings;
    private KafkaNode kafka;
    private MongoNode mongo;
    private int mongoPort;
    private String kafkaBootstrap;
    private String mongoUri;
    private final Map<Service, ConfigurableApplicationContext> services = new EnumMap<>(Service.class);
    private final Map<Service, Integer> servicePorts = new EnumMap<>(Service.class);
    private final Map<Service, Process> processes = new EnumMap<>(Service.class);

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
            // Consumers first, so the first submission finds every stage ready; publish-service forwards
            // the editor page's submissions to ingest-service, so it is told ingest's port up front.
            stack.servicePorts.put(Service.INGEST,
                    settings.ingestPort() == 0 ? FreePorts.next() : settings.ingestPort());
            stack.servicePorts.put(Service.PUBLISH, settings.publishPort());
            stack.servicePorts.put(Service.ENRICH, settings.enrichPort());
            for (Service service : Service.values()) {
                stack.startService(service);
            }
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
            mongoPort = settings.mongoPort();
            startMongo();
        }
        if (settings.externalKafka() != null) {
            kafkaBootstrap = settings.externalKafka();
        } else {
            startKafka();
        }
    }

    /**
     * Starts the embedded broker (again), on the same ports and log directory: topics, records and
     * committed offsets are those it had when stopped.
     */
    public synchronized void startKafka() throws Exception {
        requireEmbedded(settings.externalKafka(), "Kafka");
        if (kafka == null) {
            kafka = KafkaNode.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(), settings.controllerPort());
            kafkaBootstrap = kafka.bootstrapServers();
        }
    }

    /** Stops the embedded broker; clients keep retrying until it is back. */
    public synchronized void stopKafka() {
        requireEmbedded(settings.externalKafka(), "Kafka");
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    /**
     * Starts the embedded database (again) on the same port; with a persistent store (H2) it holds what
     * it held when stopped.
     */
    public synchronized void startMongo() throws Exception {
        requireEmbedded(settings.externalMongoUri(), "MongoDB");
        if (mongo == null) {
            mongo = MongoNode.start(settings.dataDir().resolve("mongo"), mongoPort, settings.persistent());
            mongoPort = mongo.port();
            mongoUri = mongo.uri(DATABASE);
        }
    }

    /** Stops the embedded database: the drivers' connections fail until it is started again. */
    public synchronized void stopMongo() {
        requireEmbedded(settings.externalMongoUri(), "MongoDB");
        if (mongo != null) {
            mongo.close();
            mongo = null;
        }
    }

    private static void requireEmbedded(String external, String what) {
        if (external != null) {
            throw new IllegalStateException(what + " is external (" + external + "): the stack cannot stop or start it");
        }
    }

    /** Starts one service (again), on the port it had (or was given). */
    public synchronized void startService(Service service) {
        if (services.containsKey(service) || processes.containsKey(service)) {
            return;
        }
        ConfigurableApplicationContext context = service.application.get().registerShutdownHook(false)
                .initializers(LocalStack::ownNettyResources).run(arguments(service).toArray(String[]::new));
        services.put(service, context);
        servicePorts.put(service, portOf(context));
    }

    /**
     * Starts one service in a JVM of its own (this JVM's class path, the same arguments as
     * {@link #startService}, then {@code extraArguments}), so that it can be killed the hard way
     * ({@link #killServiceProcess}: SIGKILL, no shutdown of any kind). The service must be stopped here
     * first. Its output goes to {@code log}. Returns once its readiness answers UP.
     */
    public synchronized Process startServiceProcess(Service service, Path log, Duration readyWithin,
                                                    String... extraArguments) throws Exception {
        if (services.containsKey(service) || processes.containsKey(service)) {
            throw new IllegalStateException(service + " is running: stop it first");
        }
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + CHILD_HEAP, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), service.main.getName()));
        command.addAll(arguments(service));
        command.addAll(List.of(extraArguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        processes.put(service, process);
        awaitReady(service, process, readyWithin);
        return process;
    }

    /** Kills a service started by {@link #startServiceProcess} with SIGKILL and waits for it to be gone. */
    public synchronized void killServiceProcess(Service service) throws InterruptedException {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private void awaitReady(Service service, Process process, Duration within) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI readiness = URI.create("http://127.0.0.1:" + servicePorts.get(service)
                + "/actuator/health/readiness");
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                processes.remove(service);
                throw new IllegalStateException(service + " process exited with " + process.exitValue());
            }
            try {
                if (client.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        killServiceProcess(service);
        throw new IllegalStateException(service + " process not ready within " + within);
    }

    /** Each service's command-line arguments: ports, broker, store and what the local stack sets for it. */
    private List<String> arguments(Service service) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + servicePorts.get(service),
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrap,
                "--spring.main.banner-mode=off",
                EXPOSURE));
        switch (service) {
            case PUBLISH -> args.addAll(List.of(
                    "--spring.mongodb.uri=" + mongoUri, "--spring.mongodb.database=" + DATABASE,
                    "--newsflow.publish.ingest-url=http://127.0.0.1:" + servicePorts.get(Service.INGEST),
                    // The same editors manage webhooks on publish-service.
                    "--newsflow.editor.tokens=" + settings.editorTokens(),
                    // Ready only with both the store and the broker reachable.
                    "--management.endpoint.health.group.readiness.include=readinessState,mongo,kafka"));
            case ENRICH -> {
                args.add(NO_MONGO);
                if (settings.persistent()) {
                    // kept across restarts with how far the articles topic was read: no re-embedding at start
                    args.add("--newsflow.enrich.corpus-dir=" + settings.dataDir().resolve("enrich-corpus"));
                }
            }
            case INGEST -> args.addAll(List.of(NO_MONGO,
                    "--newsflow.editor.tokens=" + settings.editorTokens(),
                    "--newsflow.fetch.allow=" + settings.fetchAllow(),
                    "--newsflow.crawl.host-delay=" + hostDelay()));
        }
        return args;
    }

    /**
     * Ingest's gap between two requests to one host: on a developer machine the pages often all come from
     * one local server, where production's 1 s would make a batch crawl; NEWSFLOW_CRAWL_HOST_DELAY (or the
     * system property newsflow.crawl.host-delay) still decides when set.
     */
    private static String hostDelay() {
        String env = System.getenv("NEWSFLOW_CRAWL_HOST_DELAY");
        return System.getProperty("newsflow.crawl.host-delay", env == null || env.isBlank() ? LOCAL_HOST_DELAY : env);
    }

    /**
     * Stops one service the way an orchestrator does (graceful shutdown: requests in flight finish, the
     * record in hand is finished and committed, the consumer group hands its partitions on).
     */
    public synchronized void stopService(Service service) {
        ConfigurableApplicationContext context = services.remove(service);
        if (context != null) {
            context.close();
        }
    }

    public void restartService(Service service) {
        stopService(service);
        startService(service);
    }

    /** A service's application context (for its beans), or null while it is stopped. */
    public synchronized ConfigurableApplicationContext context(Service service) {
        return services.get(service);
    }

    /**
     * Each service gets its own Reactor Netty event loops and connection pools instead of the JVM-wide
     * ones: otherwise stopping one service (closing its context) disposes the global resources and takes
     * down the HTTP servers and clients of the other services in this JVM.
     */
    private static void ownNettyResources(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("newsflowOwnNettyResources", new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ReactorResourceFactory factory) {
                    factory.setUseGlobalResources(false);
                }
                return bean;
            }
        });
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
        return servicePorts.get(Service.PUBLISH);
    }

    public int ingestPort() {
        return servicePorts.get(Service.INGEST);
    }

    public int enrichPort() {
        return servicePorts.get(Service.ENRICH);
    }

    public int port(Service service) {
        return servicePorts.get(service);
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    void printWhereEverythingListens(PrintStream out) {
        out.println();
        out.println("Newsflow is running (Ctrl-C stops it)");
        out.println("  Kafka broker     " + kafkaBootstrap + "   data: " + settings.dataDir().resolve("kafka"));
        out.println("  MongoDB (wire)   " + mongoUri + "   data: " + settings.dataDir().resolve("mongo"));
        if (settings.persistent()) {
            out.println("  corpus index     data: " + settings.dataDir().resolve("enrich-corpus"));
        }
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
        for (Service service : List.of(Service.INGEST, Service.ENRICH, Service.PUBLISH)) {
            quietly(() -> stopService(service));
        }
        processes.values().forEach(Process::destroyForcibly);
        processes.clear();
        if (kafka != null) {
            quietly(kafka::close);
            kafka = null;
        }
        if (mongo != null) {
            quietly(mongo::close);
            mongo = null;
        }
    }

    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            System.err.println("newsflow: error while stopping: " + e);
        }
    }
}
