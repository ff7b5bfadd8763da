package io.newsflow.sources.support;

import io.newsflow.sources.spi.SourceFetcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The smallest host of the module: WebFlux, Kafka and messaging from their auto-configurations, and the
 * two SPI beans a real host (ingest-service) provides. The module's auto-configuration does the rest.
 */
@SpringBootApplication
public class SourcesTestApplication {

    @Bean
    SourceFetcher sourceFetcher() {
        return new JdkSourceFetcher();
    }

    @Bean
    RecordingSink submissionSink() {
        return new RecordingSink();
    }
}
