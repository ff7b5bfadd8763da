package io.newsflow.ingest;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ingest-service: takes editors' URL submissions, fetches each page with a bounded, SSRF-safe client,
 * extracts the article and publishes it (plus a status event at every step).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

    /** The application with its own configuration file ({@code ingest-service.yml}). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IngestApplication.class).properties("spring.config.name=ingest-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
