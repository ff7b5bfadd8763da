package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.RelatedArticle;
import io.newsflow.contracts.Topics;
import io.newsflow.enricher.CorpusIndex;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * Horizontal scale: two copies of enrich-service (two application contexts in this JVM, each with its
 * own web server port, one consumer group) on one broker. The group splits the partitions of the
 * extracted-articles topic between them, and each copy's corpus feed reads every partition, so an
 * article enriched by one copy finds related articles that the other enriched.
 */
@EmbeddedKafka(partitions = TwoInstancesIT.PARTITIONS)
class TwoInstancesIT {

    static final int PARTITIONS = 4;

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoCopies(EmbeddedKafkaBroker broker) {
        first = start(broker);
        second = start(broker);
        // both copies in the group, each with some of the partitions (no partition on both)
        await().atMost(Duration.ofSeconds(60)).until(() -> assigned(first).size() + assigned(second).size() == PARTITIONS
                && !assigned(first).isEmpty() && !assigned(second).isEmpty());
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void theCopiesSplitTheWorkAndEachSeesTheWholeCorpus() throws Exception {
        int port1 = ((WebServerApplicationContext) first).getWebServer().getPort();
        int port2 = ((WebServerApplicationContext) second).getWebServer().getPort();
        assertThat(port1).isNotEqualTo(port2);
        Set<Integer> onFirst = partitionNumbers(first);
        Set<Integer> onSecond = partitionNumbers(second);
        assertThat(onFirst).doesNotContainAnyElementsOf(onSecond);

        EventPublisher publisher = first.getBean(EventPublisher.class);
        // the earlier NATO story goes to a partition of the first copy, the later one to the second's
        String earlier = keyOn(onFirst, "nato-a");
        String later = keyOn(onSecond, "nato-b");
        List<String> others = new ArrayList<>();
        for (int i = 0; i < EnrichServiceIT.OTHER_STORIES.size(); i++) {
            String id = "other-" + i;
            others.add(id);
            publisher.publish(Topics.ARTICLES_EXTRACTED, EnrichServiceIT.article(id, "s-" + id, "Other story " + i,
                    EnrichServiceIT.OTHER_STORIES.get(i), List.of(), null)).get();
        }
        int partition = publisher.publish(Topics.ARTICLES_EXTRACTED, EnrichServiceIT.article(earlier, "s-a",
                "NATO ministers discuss Ukraine in Brussels", EnrichServiceIT.NATO_TEXT, List.of(), "editor"))
                .get().getRecordMetadata().partition();
        assertThat(onFirst).contains(partition);
        // the second copy's corpus has the first copy's article (through its corpus feed) before the later one comes
        int corpusBefore = 1 + others.size();
        await().atMost(Duration.ofSeconds(60)).until(() -> second.getBean(CorpusIndex.class).size() >= corpusBefore);
        partition = publisher.publish(Topics.ARTICLES_EXTRACTED, EnrichServiceIT.article(later, "s-b",
                "Stoltenberg urges allies to keep backing Ukraine", EnrichServiceIT.NATO_TEXT.replace("Tuesday", "Wednesday"),
                List.of(), "editor")).get().getRecordMetadata().partition();
        assertThat(onSecond).contains(partition);

        Map<String, ArticleEnriched> enriched = readEnriched(first, 2 + others.size());
        double processedByFirst = enrichments(first);
        double processedBySecond = enrichments(second);
        System.out.printf("two copies on %d partitions: copy 1 (port %d, partitions %s) enriched %.0f articles,"
                        + " copy 2 (port %d, partitions %s) enriched %.0f; corpus sizes %d and %d%n", PARTITIONS,
                port1, onFirst, processedByFirst, port2, onSecond, processedBySecond,
                first.getBean(CorpusIndex.class).size(), second.getBean(CorpusIndex.class).size());

        assertThat(processedByFirst).isGreaterThanOrEqualTo(1);
        assertThat(processedBySecond).isGreaterThanOrEqualTo(1);
        assertThat(processedByFirst + processedBySecond).isEqualTo(2 + others.size());
        assertThat(enriched.get(later).enrichment().related()).extracting(RelatedArticle::id).contains(earlier);
        // both copies hold the whole corpus
        await().atMost(Duration.ofSeconds(30)).until(() -> first.getBean(CorpusIndex.class).size() == 2 + others.size()
                && second.getBean(CorpusIndex.class).size() == 2 + others.size());
    }

    private static ConfigurableApplicationContext start(EmbeddedKafkaBroker broker) {
        // command-line arguments: they override enrich-service.yml (builder properties are only defaults)
        return EnrichApplication.application().run(
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--server.port=0",
                "--newsflow.kafka.partitions=" + PARTITIONS,
                "--newsflow.kafka.retry-attempts=1",
                "--newsflow.kafka.retry-initial-interval=50ms");
    }

    private static Set<TopicPartition> assigned(ConfigurableApplicationContext context) {
        MessageListenerContainer container = context.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer("enrich-articles");
        return container == null || container.getAssignedPartitions() == null ? Set.of()
                : Set.copyOf(container.getAssignedPartitions());
    }

    private static Set<Integer> partitionNumbers(ConfigurableApplicationContext context) {
        return Set.copyOf(assigned(context).stream().map(TopicPartition::partition).toList());
    }

    /** An article id that the producer's default partitioner puts on one of {@code partitions}. */
    private static String keyOn(Set<Integer> partitions, String prefix) {
        return IntStream.range(0, 1_000).mapToObj(i -> prefix + "-" + i)
                .filter(key -> partitions.contains(BuiltInPartitioner.partitionForKey(
                        key.getBytes(StandardCharsets.UTF_8), PARTITIONS)))
                .findFirst().orElseThrow();
    }

    private static double enrichments(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class).timer("newsflow.enrichment.duration").count();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ArticleEnriched> readEnriched(ConfigurableApplicationContext context, int count) {
        EventCodec codec = context.getBean(EventCodec.class);
        Map<String, ArticleEnriched> enriched = new HashMap<>();
        ConsumerFactory<String, byte[]> consumers = context.getBean(ConsumerFactory.class);
        try (Consumer<String, byte[]> consumer = consumers.createConsumer("check-" + System.nanoTime(), null)) {
            consumer.subscribe(List.of(Topics.ARTICLES_ENRICHED));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (enriched.size() < count && System.nanoTime() < deadline) {
                KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(2))
                        .forEach(r -> enriched.put(r.key(), codec.decode(r.value(), ArticleEnriched.class)));
            }
        }
        assertThat(enriched).hasSize(count);
        return enriched;
    }
}
