package io.newsflow.publish.source;

import io.newsflow.contracts.SourceSubscription;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.table.CompactedTopicFollower;
import io.newsflow.messaging.table.OutsideGroupConsumers;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feed and sitemap subscriptions, read whole from the compacted {@code newsflow.sources} topic by a
 * {@link CompactedTopicFollower}: every copy of the service sees all of them, like a global table. The
 * latest value per source id wins; a tombstone removes it. A record that cannot be read is skipped by the
 * follower with a warning (it is ingest-service's topic; its own consumer dead-letters it).
 */
class SourceCatalog implements CompactedTopicFollower.RecordHandler {

    private final EventCodec codec;
    private final Map<String, SourceSubscription> sources = new ConcurrentHashMap<>();

    SourceCatalog(EventCodec codec) {
        this.codec = codec;
    }

    Collection<SourceSubscription> all() {
        return List.copyOf(sources.values());
    }

    @Override
    public void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            throw new IllegalArgumentException("a subscription record without key");
        }
        if (record.value() == null) {
            sources.remove(record.key());
        } else {
            sources.put(record.key(), codec.decode(record.value(), SourceSubscription.class));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SourceCatalogConfiguration {

        @Bean
        SourceCatalog sourceCatalog(EventCodec codec) {
            return new SourceCatalog(codec);
        }

        /** Not waited for at start-up: a list of subscriptions arriving a moment later harms no one. */
        @Bean
        CompactedTopicFollower sourceCatalogFollower(KafkaProperties kafka, SourceCatalog catalog) {
            return new CompactedTopicFollower("publish-sources-reader", List.of(Topics.SOURCES),
                    OutsideGroupConsumers.supplier(kafka, "publish-sources"), catalog, Duration.ZERO, null);
        }
    }
}
