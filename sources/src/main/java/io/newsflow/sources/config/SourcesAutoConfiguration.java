package io.newsflow.sources.config;

import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.messaging.MessagingAutoConfiguration;
import io.newsflow.sources.api.SourceApiConfiguration;
import io.newsflow.sources.parse.SourceDocumentParser;
import io.newsflow.sources.poll.PollScheduler;
import io.newsflow.sources.poll.SourcePoller;
import io.newsflow.sources.registry.SourceRegistry;
import io.newsflow.sources.registry.SubscriptionLogFollower;
import io.newsflow.sources.spi.SourceFetcher;
import io.newsflow.sources.spi.SubmissionSink;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Feed and sitemap subscriptions in a hosting service. Switches on when the service provides both
 * halves of the SPI, a {@link SourceFetcher} and a {@link SubmissionSink} (ingest-service does); then it
 * adds the registry (read from and written to {@code newsflow.sources}), the poller and, in a WebFlux
 * application, the {@code /api/sources} and {@code /api/submissions/upload} endpoints.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, MessagingAutoConfiguration.class})
@ConditionalOnBean({SourceFetcher.class, SubmissionSink.class})
@EnableConfigurationProperties(SourcesProperties.class)
@Import(SourceApiConfiguration.class)
public class SourcesAutoConfiguration {

    @Bean
    SourceRegistry sourceRegistry(EventPublisher publisher, KafkaTemplate<String, byte[]> template) {
        return new SourceRegistry(publisher, template);
    }

    @Bean
    SubscriptionLogFollower sourceLogFollower(KafkaProperties kafka, SourceRegistry registry, EventCodec codec,
                                              SourcesProperties props) {
        return new SubscriptionLogFollower(() -> new KafkaConsumer<>(followerConfig(kafka), new StringDeserializer(),
                new ByteArrayDeserializer()), registry, codec, props.startupTimeout());
    }

    @Bean
    SourceDocumentParser sourceDocumentParser(SourcesProperties props) {
        return new SourceDocumentParser(props.documentLimits());
    }

    @Bean
    SourcePoller sourcePoller(SourceFetcher fetcher, SubmissionSink sink, SourceRegistry registry,
                              SourceDocumentParser parser, SourcesProperties props, Clock clock) {
        return new SourcePoller(fetcher, sink, registry, parser, new SourcePoller.PollLimits(
                props.maxNewEntriesPerPoll(), props.maxSeenEntries(), props.maxChildSitemaps(), props.pollTimeout()), clock);
    }

    @Bean
    PollScheduler sourcePollScheduler(SourcePoller poller, SourceRegistry registry, Clock clock, SourcesProperties props) {
        return new PollScheduler(poller, registry, clock, props.schedulerTick(), props.maxConcurrentPolls(),
                props.pollerEnabled());
    }

    /** The service's consumer settings, outside any group: it assigns itself every partition and commits nothing. */
    private static Map<String, Object> followerConfig(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-sources-follower-" + java.util.UUID.randomUUID());
        return config;
    }
}
