package io.newsflow.sources.it;

import io.newsflow.sources.support.RecordingSink;
import io.newsflow.sources.support.SourcesTestApplication;
import java.time.Duration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One running instance of the test host on the embedded broker, and a client for its API. */
final class SourcesApp implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final WebTestClient api;
    final RecordingSink sink;

    private SourcesApp(ConfigurableApplicationContext context) {
        this.context = context;
        String port = context.getEnvironment().getProperty("local.server.port");
        this.api = port == null ? null : WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
        this.sink = context.getBean(RecordingSink.class);
    }

    /** A web instance that polls. */
    static SourcesApp start(String bootstrapServers) {
        return start(bootstrapServers, true, "reactive");
    }

    /**
     * Another instance of the same service, without web server and poller: a second Reactor Netty server
     * in this JVM would share (and on close dispose) the first one's global event loops.
     */
    static SourcesApp startQuietInstance(String bootstrapServers) {
        return start(bootstrapServers, false, "none");
    }

    private static SourcesApp start(String bootstrapServers, boolean pollerEnabled, String webType) {
        return new SourcesApp(new SpringApplicationBuilder(SourcesTestApplication.class).run(
                "--server.port=0",
                "--spring.main.web-application-type=" + webType,
                "--spring.main.banner-mode=off",
                "--spring.application.name=sources-test",
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--newsflow.kafka.partitions=2",
                "--newsflow.sources.poller-enabled=" + pollerEnabled,
                "--newsflow.sources.scheduler-tick=200ms",
                "--newsflow.sources.min-poll-interval=1s",
                "--newsflow.sources.default-poll-interval=1h",
                "--logging.level.org.apache.kafka=WARN",
                "--logging.level.kafka=WARN",
                "--logging.level.org.springframework.kafka=WARN"));
    }

    @Override
    public void close() {
        context.close();
    }
}
