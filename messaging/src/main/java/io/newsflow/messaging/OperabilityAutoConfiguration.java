package io.newsflow.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * What operators need from every service, in one place: Kafka health (in the readiness group, see
 * {@code newsflow-messaging-defaults.properties}), the dead-letter counter, and the logging context of
 * each consumed record. Consumer lag and the other Kafka client metrics come from Boot's
 * {@code KafkaMetricsAutoConfiguration} (Micrometer listeners on the consumer and producer factories);
 * the Prometheus endpoint from Boot's Prometheus export, enabled by the registry on the classpath.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(OperabilityProperties.class)
public class OperabilityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(RecordInterceptor.class)
    RecordInterceptor<Object, Object> loggingContextInterceptor(MessagingProperties props) {
        return new LoggingContextInterceptor(props.maxEventBytes());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class KafkaHealthConfiguration {

        // KafkaAdmin comes from Boot's Kafka auto-configuration, which every service using this module has.
        @Bean
        @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
        KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin, OperabilityProperties props) {
            return new KafkaHealthIndicator(admin.getConfigurationProperties(), props.kafkaHealthTimeout());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class DeadLetterMetricsConfiguration {

        @Bean
        DeadLetterMeter deadLetterMeter(ObjectProvider<MeterRegistry> registry) {
            return new DeadLetterMeter(registry);
        }
    }
}
