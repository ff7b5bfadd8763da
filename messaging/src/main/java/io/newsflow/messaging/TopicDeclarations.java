package io.newsflow.messaging;

import io.newsflow.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Every Newsflow topic with its partitions and clean-up policy. Each service declares all of them at
 * start-up (creation is idempotent), so any service can start first.
 */
final class TopicDeclarations {

    private TopicDeclarations() {
    }

    static List<NewTopic> all(MessagingProperties props) {
        List<NewTopic> topics = new ArrayList<>();
        // Not compacted: every record is an event of its own (several per key).
        for (String topic : List.of(Topics.SUBMISSIONS, Topics.SUBMISSION_STATUS, Topics.ARTICLES_RELATED)) {
            topics.add(topic(topic, props).build());
            topics.add(topic(Topics.deadLetterOf(topic), props).build());
        }
        for (String topic : List.of(Topics.ARTICLES_EXTRACTED, Topics.ARTICLES_ENRICHED, Topics.SOURCES,
                Topics.PAGES_RAW)) {
            // Compacted: the topic keeps the latest value per key (article revision, subscription, raw page)
            // and is the source of truth.
            topics.add(topic(topic, props).config(TopicConfig.CLEANUP_POLICY_CONFIG,
                    TopicConfig.CLEANUP_POLICY_COMPACT).build());
            topics.add(topic(Topics.deadLetterOf(topic), props).build());
        }
        return topics;
    }

    private static TopicBuilder topic(String name, MessagingProperties props) {
        return TopicBuilder.name(name).partitions(props.partitions()).replicas(props.replicationFactor());
    }
}
