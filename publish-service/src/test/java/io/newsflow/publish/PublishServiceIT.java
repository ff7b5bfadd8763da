package io.newsflow.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.Enrichment;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Tag;
import io.newsflow.contracts.TagType;
import io.newsflow.contracts.Topics;
import io.newsflow.messaging.EventPublisher;
import io.newsflow.publish.article.Articles;
import io.newsflow.publish.store.EmbeddedMongo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * publish-service on a real (embedded KRaft) broker and the embedded MongoDB-compatible server:
 * events in through the topics, everything checked through the HTTP API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=publish-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "newsflow.kafka.retry-attempts=1",
        "newsflow.kafka.retry-initial-interval=50ms",
        "newsflow.publish.heartbeat-interval=1s",
        "server.shutdown=immediate"})
@EmbeddedKafka(partitions = 1)
@AutoConfigureWebTestClient(timeout = "30s")
class PublishServiceIT {

    private static final Duration PIPELINE = Duration.ofSeconds(30);
    private static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    private static final FakeIngest INGEST = FakeIngest.start();

    @Autowired
    WebTestClient http;
    @Autowired
    EventPublisher publisher;
    @Autowired
    KafkaTemplate<String, byte[]> template;
    @Autowired
    ConsumerFactory<String, byte[]> consumerFactory;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("newsflow-it"));
        registry.add("newsflow.publish.ingest-url", INGEST::url);
    }

    @AfterAll
    static void stopMongo() {
        MONGO.close();
        INGEST.close();
    }

    @Test
    void submissionsAreForwardedToIngestWithTheTokenAndItsAnswerComesBack() {
        http.post().uri("/api/submissions").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer editor-token")
                .bodyValue("{\"url\":\"https://news.example/x\"}")
                .exchange()
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$[0].state").isEqualTo("ACCEPTED");

        assertThat(INGEST.lastAuthorization()).isEqualTo("Bearer editor-token");
        assertThat(INGEST.lastBody()).isEqualTo("{\"url\":\"https://news.example/x\"}");
    }

    @Test
    void enrichedArticleIsPublishedAndItsSubmissionShowsTheWholeHistory() throws Exception {
        String submission = UUID.randomUUID().toString();
        ArticleEnriched article = Articles.article("https://news.example/" + submission, submission);
        status(submission, SubmissionState.ACCEPTED, null, Instant.parse("2024-03-01T10:15:00Z"));
        status(submission, SubmissionState.ENRICHED, article.articleId(), Instant.parse("2024-03-01T10:15:31Z"));
        publisher.publish(Topics.ARTICLES_ENRICHED, article).get();

        Map<String, Object> view = awaitSubmission(submission, "PUBLISHED");

        assertThat(view).containsEntry("articleId", article.articleId()).containsEntry("url", article.url());
        assertThat(states(view)).containsExactly("ACCEPTED", "ENRICHED", "PUBLISHED");
        http.get().uri("/api/articles/{id}", article.articleId()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(article.articleId())
                .jsonPath("$.url").isEqualTo(article.url())
                .jsonPath("$.title").isEqualTo("NATO ministers meet in Brussels")
                .jsonPath("$.body").isEqualTo(article.content().body())
                .jsonPath("$.tags[0].name").isEqualTo("NATO")
                .jsonPath("$.tags[0].type").isEqualTo("ORGANIZATION")
                .jsonPath("$.tags[0].score").isEqualTo(0.9)
                .jsonPath("$.tags[0].wikidataId").isEqualTo("Q7184")
                .jsonPath("$.related[0].id").isEqualTo("0123456789abcdef0123456789abcdef")
                .jsonPath("$.related[0].url").isEqualTo("https://news.example/earlier")
                .jsonPath("$.related[0].title").isEqualTo("Earlier story")
                .jsonPath("$.related[0].score").isEqualTo(0.42)
                .jsonPath("$.revision.fetchedAt").isEqualTo("2024-03-01T10:15:30.123Z");
    }

    @Test
    void olderRevisionIsIgnoredAndItsSubmissionEndsAsDuplicate() throws Exception {
        String url = "https://news.example/revised-" + UUID.randomUUID();
        String newer = UUID.randomUUID().toString();
        String older = UUID.randomUUID().toString();
        ArticleEnriched current = Articles.article(url, newer, "hash-new", Articles.FETCHED, "Corrected headline");
        publisher.publish(Topics.ARTICLES_ENRICHED, current).get();
        awaitSubmission(newer, "PUBLISHED");

        publisher.publish(Topics.ARTICLES_ENRICHED, Articles.article(url, older, "hash-old",
                Articles.FETCHED.minusSeconds(3600), "First headline")).get();

        assertThat(awaitSubmission(older, "DUPLICATE")).containsEntry("state", "DUPLICATE");
        http.get().uri("/api/articles/{id}", current.articleId()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Corrected headline");
    }

    @Test
    void listingIsNewestFirstFilteredByTagAndPagedByCursor() throws Exception {
        String tag = "Topic " + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String submission = UUID.randomUUID().toString();
            ArticleEnriched article = withTag(Articles.article("https://news.example/list-" + submission, submission), tag);
            publisher.publish(Topics.ARTICLES_ENRICHED, article).get();
            awaitSubmission(submission, "PUBLISHED");
            ids.add(0, article.articleId());
        }
        Map<String, Object> first = page("/api/articles?tag={tag}&limit=2", tag.toUpperCase());

        assertThat(itemIds(first)).containsExactlyElementsOf(ids.subList(0, 2));
        Map<String, Object> second = page("/api/articles?tag={tag}&limit=2&cursor=" + first.get("nextCursor"), tag);
        assertThat(itemIds(second)).containsExactly(ids.get(2));
        assertThat(second.get("nextCursor")).isNull();
        assertThat(itemIds(page("/api/articles?limit=100", ""))).containsAll(ids);
    }

    @Test
    void unknownIdsAndBadParametersAreProblemDetails() {
        problem("/api/articles/0000", 404).jsonPath("$.detail").isEqualTo("no article with id 0000");
        problem("/api/submissions/nope", 404).jsonPath("$.title").isEqualTo("Submission not found");
        problem("/api/articles?limit=0", 400).jsonPath("$.field").isEqualTo("limit");
        problem("/api/articles?limit=101", 400).jsonPath("$.field").isEqualTo("limit");
        problem("/api/articles?limit=ten", 400).jsonPath("$.field").isEqualTo("limit");
        problem("/api/articles?cursor=%%%", 400).jsonPath("$.field").isEqualTo("cursor");
        problem("/api/articles?tag={tag}", 400, "   ").jsonPath("$.field").isEqualTo("tag");
        problem("/api/no-such-endpoint", 404).jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void readinessFollowsTheStoreAndTheBrokerAndMetricsAreScrapable() {
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP");
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(text -> assertThat(text).contains("jvm_memory_used_bytes",
                        "application=\"publish-service\""));
    }

    @Test
    void editorPageIsServedAtTheRoot() {
        http.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html).contains("<title>Newsflow editor</title>",
                        "editor.js"));
        http.get().uri("/editor.js").exchange().expectStatus().isOk();
    }

    @Test
    void liveStreamDeliversANewlyPublishedArticle() {
        String submission = UUID.randomUUID().toString();
        ArticleEnriched article = Articles.article("https://news.example/live-" + submission, submission);
        Flux<ServerSentEvent<String>> stream = http.get().uri("/api/articles/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                }).getResponseBody()
                .filter(event -> "connected".equals(event.comment())
                        || (event.data() != null && event.data().contains(article.articleId())));

        StepVerifier.create(stream)
                .expectNextMatches(event -> "connected".equals(event.comment()))
                .then(() -> publisher.publish(Topics.ARTICLES_ENRICHED, article).join())
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("article");
                    assertThat(event.data()).contains("\"title\":\"NATO ministers meet in Brussels\"")
                            .doesNotContain("\"body\"");
                })
                .thenCancel()
                .verify(PIPELINE);
    }

    @Test
    void idleStreamSendsHeartbeatComments() {
        Flux<ServerSentEvent<String>> stream = http.get().uri("/api/articles/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                }).getResponseBody()
                .filter(event -> "heartbeat".equals(event.comment()));

        // The test configures a 1 s interval (15 s by default).
        StepVerifier.create(stream).expectNextCount(2).thenCancel().verify(Duration.ofSeconds(10));
    }

    @Test
    void submissionStreamDeliversStatusChangesWithTheCurrentState() {
        String submission = UUID.randomUUID().toString();
        Flux<ServerSentEvent<String>> stream = http.get().uri("/api/submissions/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                }).getResponseBody()
                .filter(event -> "connected".equals(event.comment()) || submission.equals(event.id()));

        StepVerifier.create(stream)
                .expectNextMatches(event -> "connected".equals(event.comment()))
                .then(() -> sendStatus(submission, SubmissionState.FETCHING))
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("status");
                    assertThat(event.data()).contains("\"state\":\"FETCHING\"", "\"history\":[");
                })
                .thenCancel()
                .verify(PIPELINE);
    }

    private void sendStatus(String submission, SubmissionState state) {
        try {
            status(submission, state, null, Instant.now());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void poisonRecordLandsInTheDeadLetterTopicAndFailsItsSubmission() throws Exception {
        String submission = UUID.randomUUID().toString();
        template.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, "poison",
                "not json at all".getBytes(StandardCharsets.UTF_8))).get();
        template.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, "future", ("{\"schemaVersion\":99,\"submissionId\":\""
                + submission + "\",\"url\":\"https://news.example/future\"}").getBytes(StandardCharsets.UTF_8))).get();

        List<String> deadKeys = readKeys(Topics.deadLetterOf(Topics.ARTICLES_ENRICHED), 2);

        assertThat(deadKeys).contains("poison", "future");
        Map<String, Object> failed = awaitSubmission(submission, "FAILED");
        assertThat(failed).containsEntry("reasonCode", "MALFORMED_EVENT");
        assertThat((String) failed.get("message")).contains("schema version 99");
    }

    private void status(String submission, SubmissionState state, String articleId, Instant at) throws Exception {
        publisher.publish(Topics.SUBMISSION_STATUS, new SubmissionStatusChanged(submission,
                "https://news.example/" + submission, articleId, state, null, null, "test", at)).get();
    }

    private Map<String, Object> awaitSubmission(String id, String state) {
        return await().atMost(PIPELINE).pollInterval(Duration.ofMillis(100)).until(() -> {
            // The body is always read (a 404 problem too): an unread body keeps its pooled connection busy,
            // and enough of them exhaust the client's pool, which then hangs a later request.
            var result = http.get().uri("/api/submissions/{id}", id).exchange()
                    .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                    }).returnResult();
            return result.getStatus().value() == 200 ? result.getResponseBody() : Map.<String, Object>of();
        }, view -> state.equals(view.get("state")));
    }

    private Map<String, Object> page(String uri, Object... variables) {
        return http.get().uri(uri, variables).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    private WebTestClient.BodyContentSpec problem(String uri, int status, Object... variables) {
        return http.get().uri(uri, variables).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status);
    }

    @SuppressWarnings("unchecked")
    private static List<String> states(Map<String, Object> view) {
        return ((List<Map<String, Object>>) view.get("history")).stream().map(step -> (String) step.get("state")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> itemIds(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> (String) item.get("id")).toList();
    }

    private static ArticleEnriched withTag(ArticleEnriched article, String tag) {
        Enrichment enrichment = article.enrichment();
        List<Tag> tags = new ArrayList<>(enrichment.tags());
        tags.add(new Tag(tag, TagType.KEYWORD, 0.5, 1, null, null));
        return new ArticleEnriched(article.articleId(), article.submissionId(), article.url(), article.canonicalUrl(),
                article.revision(), article.content(),
                new Enrichment(enrichment.language(), tags, enrichment.related(), enrichment.articleLinks()));
    }

    private List<String> readKeys(String topic, int count) {
        List<String> keys = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = consumerFactory.createConsumer("check-" + UUID.randomUUID(), null)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + PIPELINE.toNanos();
            while (keys.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(2))) {
                    keys.add(record.key());
                }
            }
        }
        return keys;
    }
}
