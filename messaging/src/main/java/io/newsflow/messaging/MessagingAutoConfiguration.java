package io.newsflow.messaging;

import io.newsflow.contracts.Topics;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Wires the shared messaging pieces into a service: the codec, the publisher, the topic declarations
 * and the error handler (bounded exponential back-off, then the dead-letter topic; malformed records
 * go there at once; records that failed because a dependency is down are retried until it is back) and the reporter that ends a dead-lettered record's submission FAILED. Boot's Kafka
 * auto-configuration picks the error handler up for every listener.
 * Serializer and delivery defaults come from {@code newsflow-messaging-defaults.properties}.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec(MessagingProperties props) {
        return new EventCodec(props.maxEventBytes());
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(KafkaTemplate<String, byte[]> template, EventCodec codec, Environment env,
                                  Clock clock) {
        return new EventPublisher(template, codec, env.getProperty("spring.application.name", "newsflow"), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    FailedSubmissionReporter failedSubmissionReporter(EventCodec codec, EventPublisher publisher, Clock clock,
                                                      Environment env) {
        return new FailedSubmissionReporter(codec, publisher, clock, env.getProperty("spring.application.name",
                "newsflow"));
    }

    @Bean
    KafkaAdmin.NewTopics newsflowTopics(MessagingProperties props) {
        return new KafkaAdmin.NewTopics(TopicDeclarations.all(props).toArray(NewTopic[]::new));
    }

    @Bean
    CommonErrorHandler newsflowErrorHandler(KafkaTemplate<String, byte[]> template, MessagingProperties props,
                                            ObjectProvider<DeadLetterObserver> observers) {
        DeadLetterPublishingRecoverer toDeadLetter = new DeadLetterRecoverer(template, props.maxEventBytes());
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(props.retryAttempts());
        backOff.setInitialInterval(props.retryInitialInterval().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(props.retryMaxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler((record, cause) -> {
            toDeadLetter.accept(record, cause);
            observers.orderedStream().forEach(observer -> observer.onDeadLetter(record, cause));
        }, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        // A dependency that is down (database, broker) is not the record's fault: retry it until the
        // dependency is back instead of dead-lettering work that would succeed a minute later. When the
        // failure changes kind (the database is back but the record itself fails), the bounded back-off
        // above applies again.
        handler.setResetStateOnExceptionChange(true);
        handler.setBackOffFunction((record, cause) -> InfrastructureFailures.isInfrastructure(cause)
                ? untilBack(props) : null);
        return handler;
    }

    /** Unbounded retries, at most {@code retryMaxInterval} apart. */
    private static ExponentialBackOff untilBack(MessagingProperties props) {
        ExponentialBackOff backOff = new ExponentialBackOff(props.retryInitialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(props.retryMaxInterval().toMillis());
        return backOff;
    }
}
