package io.newsflow.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operability settings shared by the services ({@code newsflow.operability.*}).
 *
 * @param kafkaHealthTimeout longest wait of the Kafka health check; short, because a readiness probe
 *                           is usually given 1–3 s before it counts as failed
 */
@ConfigurationProperties("newsflow.operability")
public record OperabilityProperties(@DefaultValue("2s") Duration kafkaHealthTimeout) {
}
