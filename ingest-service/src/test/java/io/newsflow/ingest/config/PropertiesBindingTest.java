package io.newsflow.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

class PropertiesBindingTest {

    @Test
    void withNothingSetTheDocumentedDefaultsApply() {
        Binder binder = binder(Map.of());

        FetchProperties fetch = binder.bindOrCreate("newsflow.fetch", FetchProperties.class);
        assertThat(fetch.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(fetch.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(fetch.totalTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(fetch.maxBodySize()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(fetch.maxRedirects()).isEqualTo(5);
        assertThat(fetch.allow()).isEmpty();
        assertThat(binder.bindOrCreate("newsflow.editor", EditorProperties.class).tokens()).isEmpty();
        assertThat(binder.bindOrCreate("newsflow.ingest", IngestProperties.class).workerConcurrency()).isEqualTo(2);
        assertThat(binder.bindOrCreate("newsflow.ingest", IngestProperties.class).batchTimeout())
                .isEqualTo(Duration.ofMinutes(8));
        CrawlProperties crawl = binder.bindOrCreate("newsflow.crawl", CrawlProperties.class);
        assertThat(crawl.hostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(crawl.maxPerHost()).isEqualTo(1);
        assertThat(crawl.maxInFlight()).isEqualTo(16);
        assertThat(crawl.robotsEnabled()).isTrue();
        assertThat(crawl.robotsCacheTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(crawl.maxAttempts()).isEqualTo(4);
        assertThat(crawl.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(crawl.maxSourceSize()).isEqualTo(DataSize.ofMegabytes(10));
    }

    @Test
    void theEnvironmentVariablesBindAsCommaSeparatedLists() {
        Binder binder = binder(Map.of(
                "NEWSFLOW_EDITOR_TOKENS", "first, second,,",
                "NEWSFLOW_FETCH_ALLOW", "127.0.0.1/32, ::1/128,localhost",
                "NEWSFLOW_INGEST_WORKER_CONCURRENCY", "4",
                "NEWSFLOW_CRAWL_HOST_DELAY", "250ms"));

        assertThat(binder.bindOrCreate("newsflow.editor", EditorProperties.class).tokens())
                .containsExactly("first", "second");
        assertThat(binder.bindOrCreate("newsflow.fetch", FetchProperties.class).allow())
                .containsExactly("127.0.0.1/32", "::1/128", "localhost");
        assertThat(binder.bindOrCreate("newsflow.ingest", IngestProperties.class).workerConcurrency()).isEqualTo(4);
        assertThat(binder.bindOrCreate("newsflow.crawl", CrawlProperties.class).hostDelay())
                .isEqualTo(Duration.ofMillis(250));
    }

    private static Binder binder(Map<String, Object> env) {
        return new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env)));
    }
}
