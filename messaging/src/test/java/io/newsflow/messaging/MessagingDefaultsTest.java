package io.newsflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import java.util.Map;

/** The shared defaults: operability settings a service gets unless it says otherwise; JSON logs on request. */
class MessagingDefaultsTest {

    private StandardEnvironment environment(Map<String, Object> env) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("testEnv", env));
        new MessagingDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void everyServiceExposesPrometheusAndIsReadyOnlyWithKafkaAndShutsDownGracefully() {
        StandardEnvironment env = environment(Map.of());
        assertThat(env.getProperty("management.endpoints.web.exposure.include")).contains("prometheus", "health");
        assertThat(env.getProperty("management.endpoint.health.group.readiness.include"))
                .isEqualTo("readinessState,kafka");
        assertThat(env.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(env.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isEqualTo("20s");
    }

    @Test
    void logsArePlainTextUnlessJsonIsAskedFor() {
        assertThat(environment(Map.of()).getProperty("logging.structured.format.console")).isNull();
        assertThat(environment(Map.of("NEWSFLOW_LOG_JSON", "false")).getProperty("logging.structured.format.console"))
                .isNull();
    }

    @Test
    void jsonLogsInEcsByDefaultOrTheFormatAskedFor() {
        assertThat(environment(Map.of("NEWSFLOW_LOG_JSON", "true")).getProperty("logging.structured.format.console"))
                .isEqualTo("ecs");
        assertThat(environment(Map.of("NEWSFLOW_LOG_JSON", "true", "NEWSFLOW_LOG_FORMAT", "logstash"))
                .getProperty("logging.structured.format.console")).isEqualTo("logstash");
    }

    @Test
    void aServiceOwnSettingWins() {
        StandardEnvironment env = environment(Map.of("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health",
                "NEWSFLOW_LOG_JSON", "true", "LOGGING_STRUCTURED_FORMAT_CONSOLE", "gelf"));
        assertThat(env.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
        assertThat(env.getProperty("logging.structured.format.console")).isEqualTo("gelf");
    }
}
