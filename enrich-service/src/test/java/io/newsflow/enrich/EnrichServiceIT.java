package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleContent;
import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.ArticleRelatedLinked;
import io.newsflow.contracts.Link;
import io.newsflow.contracts.Revision;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Tag;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.EventPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** enrich-service on a real (embedded KRaft) broker: extracted articles in, enriched articles and statuses out. */
@SpringBootTest(properties = {
        "spring.config.name=enrich-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "server.port=0",
        "newsflow.kafka.retry-attempts=1",
        "newsflow.kafka.retry-initial-interval=50ms"})
@EmbeddedKafka(partitions = 1)
class EnrichServiceIT {

    static final String NATO_TEXT = """
            NATO foreign ministers met in Brussels on Tuesday to discuss support for Ukraine.
            NATO Secretary General Jens Stoltenberg said allies must stay the course. "We just have to stay the course," Stoltenberg said.
            Ukraine's Foreign Minister Dmytro Kuleba asked for more air defence systems before winter.
            U.S. Secretary of State Antony Blinken said Washington would keep supporting Ukraine against Russia.
            """;

    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;
    @Autowired
    KafkaTemplate<String, byte[]> template;
    @Autowired
    ConsumerFactory<String, byte[]> consumerFactory;
    @Autowired
    MeterRegistry meters;

    /** Unrelated stories, so the corpus has the term statistics of a real one. */
    static final List<String> OTHER_STORIES = List.of(
            "The central bank raised interest rates by a quarter point on Thursday, citing persistent inflation in"
                    + " services and a tight labour market. Bond yields rose and the currency gained against the dollar.",
            "The home side won the cup final 3-1 after extra time. Their striker scored twice in the second half and"
                    + " the goalkeeper saved a penalty before the crowd invaded the pitch at the final whistle.",
            "Researchers published a study showing that a new battery chemistry keeps 90 percent of its capacity"
                    + " after 5,000 charging cycles, which could cut the cost of storing solar power.");

    @Test
    void extractedArticlesComeOutEnrichedWithTagsRelatedArticlesAndAStatus() throws Exception {
        for (int i = 0; i < OTHER_STORIES.size(); i++) {
            publisher.publish(Topics.ARTICLES_EXTRACTED, article("o" + i, "so" + i, "Other story " + i,
                    OTHER_STORIES.get(i), List.of())).get();
        }
        publisher.publish(Topics.ARTICLES_EXTRACTED, article("a1", "s1", "NATO ministers discuss Ukraine in Brussels",
                NATO_TEXT, List.of(new Link("https://news.example/2023/11/20/earlier-nato-story/", "earlier"),
                        new Link("https://news.example/category/world/", "World")), "editor")).get();
        // a2 only after a1 is enriched, so a1 is in the corpus when a2 looks for related articles
        read(Topics.ARTICLES_ENRICHED, 4);
        publisher.publish(Topics.ARTICLES_EXTRACTED, article("a2", "s2", "Stoltenberg urges allies to keep backing Ukraine",
                NATO_TEXT.replace("Tuesday", "Wednesday"), List.of(), "feed:wire")).get();

        List<ArticleEnriched> enriched = read(Topics.ARTICLES_ENRICHED, 5).stream()
                .map(r -> codec.decode(r.value(), ArticleEnriched.class)).toList();
        ArticleEnriched first = enriched.stream().filter(e -> e.articleId().equals("a1")).findFirst().orElseThrow();
        ArticleEnriched second = enriched.stream().filter(e -> e.articleId().equals("a2")).findFirst().orElseThrow();

        assertThat(first.enrichment().tags()).extracting(Tag::name).contains("NATO", "Jens Stoltenberg", "Ukraine");
        assertThat(first.enrichment().articleLinks()).extracting(Link::text).containsExactly("earlier");
        assertThat(first.revision()).isEqualTo(new Revision("hash-a1", Instant.parse("2024-01-01T00:00:00Z")));
        assertThat(second.enrichment().related()).extracting(r -> r.id()).contains("a1");
        assertThat(second.enrichment().related()).allSatisfy(r -> assertThat(r.title()).isNotBlank());

        List<SubmissionStatusChanged> statuses = read(Topics.SUBMISSION_STATUS, 5).stream()
                .map(r -> codec.decode(r.value(), SubmissionStatusChanged.class)).toList();
        assertThat(statuses).extracting(SubmissionStatusChanged::state).containsOnly(SubmissionState.ENRICHED);
        assertThat(statuses).extracting(SubmissionStatusChanged::articleId).contains("a1", "a2", "o0", "o1", "o2");

        // provenance is carried over from the extracted article
        assertThat(first.source()).isEqualTo("editor");
        assertThat(second.source()).isEqualTo("feed:wire");

        // the earlier article a1 gains the later a2 as related, with the score a2 gave it
        double score = second.enrichment().related().stream().filter(r -> r.id().equals("a1")).findFirst()
                .orElseThrow().score();
        List<ArticleRelatedLinked> links = readUntil(Topics.ARTICLES_RELATED,
                records -> records.stream().anyMatch(r -> r.key().equals("a1"))).stream()
                .map(r -> {
                    ArticleRelatedLinked link = codec.decode(r.value(), ArticleRelatedLinked.class);
                    assertThat(r.key()).isEqualTo(link.articleId());
                    return link;
                }).toList();
        assertThat(links).anySatisfy(link -> {
            assertThat(link.articleId()).isEqualTo("a1");
            assertThat(link.related().id()).isEqualTo("a2");
            assertThat(link.related().title()).isEqualTo("Stoltenberg urges allies to keep backing Ukraine");
            assertThat(link.related().score()).isEqualTo(score);
            assertThat(link.linkedAt()).isNotNull();
        });
        assertThat(links).noneMatch(link -> link.articleId().equals("a2"));   // nothing links forward in time

        Timer duration = meters.find("newsflow.enrichment.duration").timer();
        assertThat(duration).isNotNull();
        assertThat(duration.count()).isGreaterThanOrEqualTo(5);
        assertThat(duration.totalTime(TimeUnit.MILLISECONDS)).isPositive();
    }

    @Test
    void aMalformedArticleGoesToTheDeadLetterTopic() throws Exception {
        template.send(new ProducerRecord<>(Topics.ARTICLES_EXTRACTED, "bad",
                "{\"schemaVersion\":99}".getBytes(StandardCharsets.UTF_8))).get();
        List<ConsumerRecord<String, byte[]>> dead = read(Topics.deadLetterOf(Topics.ARTICLES_EXTRACTED), 1);
        assertThat(dead.get(0).key()).isEqualTo("bad");
    }

    private static ArticleExtracted article(String id, String submissionId, String title, String body, List<Link> links) {
        return article(id, submissionId, title, body, links, null);
    }

    static ArticleExtracted article(String id, String submissionId, String title, String body, List<Link> links,
                                    String source) {
        return new ArticleExtracted(id, submissionId, "https://news.example/2024/01/01/" + id, null,
                new Revision("hash-" + id, Instant.parse("2024-01-01T00:00:00Z")),
                new ArticleContent(title, body, null, null, null, "en", "News Example", null, null, List.of(),
                        List.of(), links), source);
    }

    private List<ConsumerRecord<String, byte[]>> read(String topic, int count) {
        List<ConsumerRecord<String, byte[]>> records = readUntil(topic, r -> r.size() >= count);
        assertThat(records).hasSizeGreaterThanOrEqualTo(count);
        return records;
    }

    /** The topic's records from the start, read until {@code done} holds (at most a minute). */
    private List<ConsumerRecord<String, byte[]>> readUntil(String topic,
                                                           Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = consumerFactory.createConsumer("check-" + topic + System.nanoTime(), null)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!done.test(records) && System.nanoTime() < deadline) {
                KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(2)).forEach(records::add);
            }
        }
        return records;
    }
}
