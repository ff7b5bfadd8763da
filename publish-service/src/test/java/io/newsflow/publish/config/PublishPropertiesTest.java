package io.newsflow.publish.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PublishPropertiesTest {

    @Test
    void defaultsMatchTheDocumentedApiLimits() {
        PublishProperties props = DefaultProperties.publish();

        assertThat(props.defaultPageSize()).isEqualTo(20);
        assertThat(props.maxPageSize()).isEqualTo(100);
        assertThat(props.heartbeatInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(props.ingestUrl()).hasToString("http://localhost:8081");
    }
}
