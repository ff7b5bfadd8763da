package io.newsflow.publish.config;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The service's properties with their declared defaults, bound the way Spring Boot binds them. */
public final class DefaultProperties {

    private DefaultProperties() {
    }

    public static PublishProperties publish() {
        return new Binder(new MapConfigurationPropertySource()).bindOrCreate("newsflow.publish", PublishProperties.class);
    }
}
