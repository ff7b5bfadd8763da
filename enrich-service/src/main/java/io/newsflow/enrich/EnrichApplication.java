package io.newsflow.enrich;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * enrich-service: runs the enricher on the stream of extracted articles and publishes them enriched.
 * Its corpus index (for related articles) is rebuilt from the compacted articles topic at start-up.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichApplication {

    /** The application with its own configuration file ({@code enrich-service.yml}). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(EnrichApplication.class).properties("spring.config.name=enrich-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
