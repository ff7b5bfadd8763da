package io.newsflow.sources.config;

import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.messaging.MessagingAutoConfiguration;
import io.newsflow.messaging.table.CompactedTopicFollower;
import io.newsflow.messaging.table.OutsideGroupConsumers;
import io.newsflow.sources.api.SourceApiConfiguration;
import io.newsflow.sources.parse.SourceDocumentParser;
import io.newsflow.sources.poll.PollScheduler;
import io.newsflow.sources.poll.SourcePoller;
import io.newsflow.sources.registry.SourceRegistry;
import io.newsflow.sources.registry.SubscriptionRecords;
import io.newsflow.sources.spi.SourceFetcher;
import io.newsflow.sources.spi.SubmissionSink;
import java.time.Clock;
import java.util.List;
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

    /**
     * Reads {@code newsflow.sources} whole into the registry and keeps following it, so writes of other
     * instances arrive here too. Start-up waits up to {@code startupTimeout} for the catch-up; when the
     * broker is slower the service starts anyway, the registry says it is not ready, the API answers 503 and
     * the poller waits.
     */
    @Bean
    CompactedTopicFollower sourceLogFollower(KafkaProperties kafka, SourceRegistry registry, EventCodec codec,
                                             SourcesProperties props) {
        SubscriptionRecords records = new SubscriptionRecords(registry, codec);
        return new CompactedTopicFollower("newsflow-sources-follower", List.of(Topics.SOURCES),
                OutsideGroupConsumers.supplier(kafka, "newsflow-sources-follower"), records, props.startupTimeout(),
                records::markReady);
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
}
