package io.newsflow.publish;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * publish-service: stores enriched articles and submission statuses in MongoDB and serves them (read
 * API, live Server-Sent Events, editor page).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PublishApplication {

    /** The application with its own configuration file ({@code publish-service.yml}). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(PublishApplication.class).properties("spring.config.name=publish-service");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
