package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.Topics;
import io.newsflow.enricher.CorpusIndex;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.messaging.table.CompactedTopicFollower;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * With {@code newsflow.enrich.corpus-dir}, the corpus index outlives a restart: the next start finds the
 * articles on disk, its feed reads only the records that came after them, and start-up waits for that short
 * catch-up (one stopped copy, a real broker).
 */
@EmbeddedKafka(partitions = 2)
class CorpusKeptAcrossRestartsIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path corpusDir;

    @Test
    void aRestartedServiceKeepsItsCorpusAndReadsOnlyWhatIsNew() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        List<String> stories = EnrichServiceIT.OTHER_STORIES.subList(0, 2);
        try (ConfigurableApplicationContext first = start(broker)) {
            EventPublisher publisher = first.getBean(EventPublisher.class);
            for (int i = 0; i < stories.size(); i++) {
                publisher.publish(Topics.ARTICLES_EXTRACTED, EnrichServiceIT.article("kept-" + i, "s-" + i,
                        "Kept story " + i, stories.get(i), List.of(), null)).get();
            }
            await().atMost(WAIT).until(() -> first.getBean(CorpusIndex.class).size() == stories.size());
        }
        // while the service is down: one new article, one removed
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_EXTRACTED, "kept-0", null)).get();
        }

        try (ConfigurableApplicationContext second = start(broker)) {
            // a kept index is brought up to date before the service starts enriching
            assertThat(second.getBean(CompactedTopicFollower.class).isCaughtUp()).isTrue();
            assertThat(second.getBean(CorpusIndex.class).size()).isEqualTo(stories.size() - 1);
            second.getBean(EventPublisher.class).publish(Topics.ARTICLES_EXTRACTED, EnrichServiceIT.article("new-1",
                    "s-new", "A new story", EnrichServiceIT.OTHER_STORIES.get(2), List.of(), null)).get();
            CompactedTopicFollower feed = second.getBean(CompactedTopicFollower.class);
            assertThat(feed.awaitCaughtUp(WAIT)).isTrue();
            await().atMost(WAIT).until(() -> second.getBean(CorpusIndex.class).size() == stories.size());

            // the kept articles were not read again: only the tombstone and the new article
            // (the new one may also have been indexed by the enrichment listener, which is not a feed record)
            await().atMost(WAIT).until(() -> applied(second) == 2);
            Thread.sleep(1_000);
            assertThat(applied(second)).isEqualTo(2);
        }
    }

    private static double applied(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class).counter("newsflow.corpus.records").count();
    }

    private ConfigurableApplicationContext start(EmbeddedKafkaBroker broker) {
        return EnrichApplication.application().run(
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--server.port=0",
                "--newsflow.kafka.partitions=2",
                "--newsflow.enrich.corpus-dir=" + corpusDir,
                // only the commit at shutdown: the test shows that one is enough
                "--newsflow.enrich.corpus-commit-interval=1h");
    }
}
