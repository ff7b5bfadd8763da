package io.newsflow.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The path an editor's URL takes through the real pipeline: ingest (fetch + extract), Kafka, enrich,
 * publish (MongoDB), read back over HTTP. Subclasses choose the infrastructure (embedded broker and
 * Mongo-compatible server, or Testcontainers); the scenarios are the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PipelineScenarios {

    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(60);

    private LocalStack stack;
    private PageServer pages;
    private NewsflowClient client;
    private JsonNode firstSubmission;
    private JsonNode firstArticle;

    /** Starts the stack on the infrastructure of the subclass. */
    protected abstract LocalStack startStack() throws Exception;

    @BeforeAll
    void startPipelineAndPublishFirstArticle() throws Exception {
        stack = startStack();
        pages = new PageServer();
        client = new NewsflowClient(stack);
        String url = pages.serve("/2023/11/30/nato-foreign-ministers-meet-in-brussels/", "iria-nato-foreign-ministers");
        firstSubmission = awaitTerminal(client.submitUrl(url));
        firstArticle = client.get("/api/articles/" + firstSubmission.get("articleId").asString()).body();
    }

    @AfterAll
    void stopPipeline() {
        if (pages != null) {
            pages.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void submittedPageIsPublishedWithTheHeadlineAsTitle() {
        assertThat(firstSubmission.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(firstArticle.get("title").asString())
                .isEqualTo("NATO Foreign Ministers meet in Brussels to discuss Russia-Ukraine war");
    }

    @Test
    void publishedBodyKeepsTheArticleAndDropsTheBoilerplate() {
        String body = firstArticle.get("body").asString();
        assertThat(body).contains("NATO Foreign Ministers concluded two days of meetings in Brussels",
                "The pause has allowed for “much-needed relief” to the people in Gaza");
        assertThat(body).doesNotContain("Leave a comment", "Related Articles", "Subscribe to IRIA News",
                "Copyright ©", "Back to Top", "Post Comment", "Share this");
    }

    @Test
    void publishedTagsIncludeNatoStoltenbergAndUkraineWithTheirTypes() {
        List<String> tags = new ArrayList<>();
        firstArticle.get("tags").forEach(tag -> tags.add(tag.get("name").asString() + "/" + tag.get("type").asString()));
        assertThat(tags).contains("NATO/ORGANIZATION", "Jens Stoltenberg/PERSON", "Ukraine/PLACE");
        firstArticle.get("tags").forEach(tag -> assertThat(tag.get("score").asDouble()).isBetween(0.0, 1.0));
    }

    @Test
    void submissionHistoryShowsEveryStageInOrder() {
        List<String> states = new ArrayList<>();
        firstSubmission.get("history").forEach(step -> states.add(step.get("state").asString()));
        assertThat(states).containsSubsequence("ACCEPTED", "FETCHING", "EXTRACTED", "ENRICHED", "PUBLISHED");
    }

    @Test
    void laterRelatedArticleListsTheEarlierOneAmongItsRelated() {
        String url = pages.serve("/2023/12/05/nato-allies-pledge-winter-support-for-ukraine/", "iria-nato-winter-support");
        JsonNode second = awaitTerminal(client.submitUrl(url));
        assertThat(second.get("state").asString()).isEqualTo("PUBLISHED");
        JsonNode article = client.get("/api/articles/" + second.get("articleId").asString()).body();
        List<String> relatedIds = new ArrayList<>();
        article.get("related").forEach(related -> relatedIds.add(related.get("id").asString()));
        assertThat(relatedIds).contains(firstSubmission.get("articleId").asString());
    }

    @Test
    void missingPageEndsFailedWithItsHttpStatus() {
        JsonNode submission = awaitTerminal(client.submitUrl(pages.url("/no-such-article/")));
        assertThat(submission.get("state").asString()).isEqualTo("FAILED");
        assertThat(submission.get("reasonCode").asString()).isEqualTo("HTTP_ERROR");
        assertThat(submission.get("message").asString()).contains("404");
    }

    @Test
    void unreachableHostEndsFailedWithAReason() {
        String closedPort = "http://127.0.0.1:" + FreePorts.next() + "/2023/11/30/article/";
        JsonNode submission = awaitTerminal(client.submitUrl(closedPort));
        assertThat(submission.get("state").asString()).isEqualTo("FAILED");
        // ingest retries connection errors; after the last attempt the reason says so and names the cause.
        String reason = submission.get("reasonCode").asString();
        assertThat(reason).isIn("UNREACHABLE", "TIMEOUT", "RETRIES_EXHAUSTED");
        if (reason.equals("RETRIES_EXHAUSTED")) {
            assertThat(submission.get("message").asString()).containsAnyOf("UNREACHABLE", "TIMEOUT");
        }
    }

    @Test
    void everyServiceReportsItselfHealthyAndReady() {
        for (int port : new int[] {stack.publishPort(), stack.ingestPort(), stack.enrichPort()}) {
            NewsflowClient.Response health = client.get(port, "/actuator/health");
            assertThat(health.status()).as("health of port %d: %s", port, health.body()).isEqualTo(200);
            assertThat(client.get(port, "/actuator/health/readiness").status()).isEqualTo(200);
        }
    }

    @Test
    void submissionWithoutAValidTokenIsRejected() {
        assertThat(client.submit("{\"url\":\"https://example.org/a\"}", null).status()).isEqualTo(401);
        assertThat(client.submit("{\"url\":\"https://example.org/a\"}", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void invalidUrlIsRejectedWithAProblemNamingTheField() {
        NewsflowClient.Response response = client.submit("{\"url\":\"ftp://example.org/file\"}", stack.editorToken());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().toString()).contains("url");
    }

    private JsonNode awaitTerminal(String submissionId) {
        return await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> client.get("/api/submissions/" + submissionId),
                        response -> response.status() == 200 && isTerminal(response.body().get("state").asString()))
                .body();
    }

    private static boolean isTerminal(String state) {
        return state.equals("PUBLISHED") || state.equals("DUPLICATE") || state.equals("FAILED");
    }
}
