package io.newsflow.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code newsflow-messaging-defaults.properties} as the lowest-precedence property source, so
 * every service gets the same serializers, delivery guarantees, actuator exposure, readiness group and
 * shutdown behaviour while any of them can still be overridden by the service's own configuration or
 * the environment.
 *
 * <p>Also switches console logs to structured JSON when {@code newsflow.log.json} is true (environment
 * variable {@code NEWSFLOW_LOG_JSON=true}; on in docker-compose.yml), in the format named by
 * {@code newsflow.log.format} ({@value #DEFAULT_JSON_FORMAT} by default; {@code logstash} and
 * {@code gelf} also work). Plain text otherwise, for developers. The logging context of each consumed
 * record ({@code articleId}, {@code submissionId}) appears as fields of every JSON line.
 */
public class MessagingDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "newsflow-messaging-defaults.properties";
    static final String JSON_SWITCH = "newsflow.log.json";
    static final String JSON_FORMAT = "newsflow.log.format";
    static final String DEFAULT_JSON_FORMAT = "ecs";
    static final String STRUCTURED_CONSOLE = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("newsflowMessagingDefaults",
                    new ClassPathResource(RESOURCE, MessagingDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        if (environment.getProperty(JSON_SWITCH, Boolean.class, false)
                && !environment.containsProperty(STRUCTURED_CONSOLE)) {
            environment.getPropertySources().addLast(new MapPropertySource("newsflowJsonLogging", Map.of(
                    STRUCTURED_CONSOLE, environment.getProperty(JSON_FORMAT, DEFAULT_JSON_FORMAT))));
        }
    }
}
