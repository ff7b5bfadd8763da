package io.newsflow.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code newsflow-messaging-defaults.properties} as the lowest-precedence property source, so
 * every service gets the same serializers and delivery guarantees while any of them can still be
 * overridden by the service's own configuration or the environment.
 */
public class MessagingDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "newsflow-messaging-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("newsflowMessagingDefaults",
                    new ClassPathResource(RESOURCE, MessagingDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
