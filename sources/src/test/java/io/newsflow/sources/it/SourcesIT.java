package io.newsflow.sources.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.sources.registry.SourceRegistry;
import io.newsflow.sources.support.FeedServer;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The module in a running host on a real (embedded) broker, polling a real local HTTP server: the
 * issue's bar (a 100-item feed and a two-child sitemap index ingested fully, nothing new on the second
 * poll with and without 304 support), persistence across a restart, and failures that stay visible.
 */
@EmbeddedKafka(partitions = 2)
class SourcesIT {

    private static final Duration POLLED = Duration.ofSeconds(20);

    private static FeedServer server;
    private static SourcesApp app;

    @BeforeAll
    static void start() {
        server = new FeedServer();
        app = SourcesApp.start(EmbeddedKafkaCondition.getBroker().getBrokersAsString());
    }

    @AfterAll
    static void stop() {
        app.close();
        server.close();
    }

    @Test
    void feedOfHundredItemsIsIngestedFullyAndTheSecondPollGets304() {
        String id = subscribe(Map.of("url", server.url("/feeds/with-validators.xml").toString()));

        Map<String, Object> polled = awaitFirstPoll(id);

        assertThat(polled).containsEntry("lastOutcome", "200, 100 new").containsEntry("kind", "FEED")
                .containsEntry("title", "Feed with-validators").containsEntry("entriesSubmitted", 100);
        assertThat(app.sink.urlsFrom("feed:" + id)).containsExactlyInAnyOrderElementsOf(IntStream
                .rangeClosed(1, FeedServer.FEED_ITEMS)
                .mapToObj(i -> FeedServer.articleUrl("with-validators", i) + "?utm_source=rss").toList());

        Map<String, Object> second = pollNow(id);

        assertThat(second).containsEntry("outcome", "304").containsEntry("submitted", 0);
        assertThat(server.notModifiedAnswers("/feeds/with-validators.xml")).isEqualTo(1);
        assertThat(app.sink.urlsFrom("feed:" + id)).hasSize(FeedServer.FEED_ITEMS);
    }

    @Test
    void feedWithoutValidatorsIsRefetchedAndItsKnownEntriesAreNotSubmittedAgain() {
        String id = subscribe(Map.of("url", server.url("/feeds/no-validators.xml").toString(), "kind", "feed"));
        assertThat(awaitFirstPoll(id)).containsEntry("lastOutcome", "200, 100 new");

        Map<String, Object> second = pollNow(id);

        assertThat(second).containsEntry("outcome", "200, 0 new");
        assertThat(server.hits("/feeds/no-validators.xml")).isEqualTo(2);
        assertThat(app.sink.urlsFrom("feed:" + id)).hasSize(FeedServer.FEED_ITEMS).doesNotHaveDuplicates();
    }

    @Test
    void sitemapIndexWithTwoChildrenIsIngestedFullyAndOnlyOnce() {
        String id = subscribe(Map.of("url", server.url("/sitemaps/index.xml").toString()));
        int all = FeedServer.FIRST_CHILD_URLS + FeedServer.SECOND_CHILD_URLS;

        assertThat(awaitFirstPoll(id)).containsEntry("lastOutcome", "200, " + all + " new")
                .containsEntry("kind", "SITEMAP");
        assertThat(app.sink.urlsFrom("feed:" + id)).hasSize(all)
                .contains(FeedServer.pageUrl("part-1", 1), FeedServer.pageUrl("part-2", FeedServer.SECOND_CHILD_URLS));

        assertThat(pollNow(id)).containsEntry("outcome", "200, 0 new");
        assertThat(app.sink.urlsFrom("feed:" + id)).hasSize(all);
        assertThat(server.hits("/sitemaps/part-2.xml.gz")).isEqualTo(2);
    }

    @Test
    void aChildSitemapThatFailsIsReportedAndTheNextPollFetchesTheIndexInFull() {
        String id = subscribe(Map.of("url", server.url("/sitemaps/index-with-missing-child.xml").toString()));

        String outcome = (String) awaitFirstPoll(id).get("lastOutcome");

        assertThat(outcome).startsWith("200, " + FeedServer.FIRST_CHILD_URLS + " new; child ")
                .endsWith("/sitemaps/missing.xml: HTTP 404");
        assertThat(app.context.getBean(SourceRegistry.class).find(id).orElseThrow().etag())
                .as("validators are not kept after an incomplete poll").isNull();
        assertThat(pollNow(id)).containsEntry("outcome", outcome.replace(FeedServer.FIRST_CHILD_URLS + " new", "0 new"));
        assertThat(server.hits("/sitemaps/missing.xml")).isEqualTo(2);
    }

    @Test
    void malformedAndFailingSourcesShowTheirOutcomeAndKeepBeingPolled() {
        String truncated = subscribe(Map.of("url", server.url("/feeds/truncated.xml").toString(), "pollIntervalSeconds", 1));
        String failing = subscribe(Map.of("url", server.url("/feeds/failing.xml").toString()));

        assertThat((String) awaitFirstPoll(truncated).get("lastOutcome")).startsWith("unreadable: ");
        assertThat(awaitFirstPoll(failing)).containsEntry("lastOutcome", "HTTP 500");
        await().atMost(POLLED).until(() -> server.hits("/feeds/truncated.xml") >= 3);
        assertThat(app.sink.urlsFrom("feed:" + truncated)).isEmpty();
    }

    @Test
    void subscriptionsSurviveARestartAndInstancesConverge() {
        String kept = subscribe(Map.of("url", server.url("/feeds/kept.xml").toString()));
        String removed = subscribe(Map.of("url", server.url("/feeds/removed.xml").toString()));
        awaitFirstPoll(kept);

        try (SourcesApp second = SourcesApp.startQuietInstance(EmbeddedKafkaCondition.getBroker().getBrokersAsString())) {
            SourceRegistry registry = second.context.getBean(SourceRegistry.class);
            assertThat(registry.isReady()).isTrue();
            assertThat(registry.find(kept)).hasValueSatisfying(subscription -> {
                assertThat(subscription.url()).isEqualTo(server.url("/feeds/kept.xml").toString());
                assertThat(subscription.lastOutcome()).isEqualTo("HTTP 404");
            });
            assertThat(registry.find(removed)).isPresent();

            app.api.delete().uri("/api/sources/{id}", removed).exchange().expectStatus().isNoContent();

            await().atMost(POLLED).until(() -> registry.find(removed).isEmpty());
            assertThat(registry.find(kept)).isPresent();
        }
        app.api.get().uri("/api/sources/{id}", removed).exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static String subscribe(Map<String, Object> request) {
        Map<String, Object> created = app.api.post().uri("/api/sources").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request).exchange()
                .expectStatus().isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
        return (String) created.get("id");
    }

    private static Map<String, Object> awaitFirstPoll(String id) {
        return await().atMost(POLLED).until(() -> get(app, id), view -> view.get("lastOutcome") != null);
    }

    static Map<String, Object> get(SourcesApp instance, String id) {
        return instance.api.get().uri("/api/sources/{id}", id).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
    }

    private static Map<String, Object> pollNow(String id) {
        return app.api.post().uri("/api/sources/{id}/poll", id).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
    }

}
