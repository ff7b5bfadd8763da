package io.newsflow.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Topic layout and failure handling shared by the services ({@code newsflow.kafka.*}).
 *
 * @param partitions           partitions of each topic created at start-up; bounds how many copies of a
 *                             service share the work
 * @param replicationFactor    replicas of each topic (1 for a single broker)
 * @param retryAttempts        retries of a failing record before it goes to the dead-letter topic
 * @param retryInitialInterval first back-off between retries, doubled each time
 * @param retryMaxInterval     longest back-off between retries
 * @param maxEventBytes        largest record value a consumer accepts; larger ones are dead-lettered
 */
@ConfigurationProperties("newsflow.kafka")
public record MessagingProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("3") int retryAttempts,
        @DefaultValue("500ms") Duration retryInitialInterval,
        @DefaultValue("5s") Duration retryMaxInterval,
        @DefaultValue("1048576") int maxEventBytes) {
}
