package io.newsflow.sources.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.sources.parse.Fixtures;
import io.newsflow.sources.support.FeedServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The HTTP API's answers: validation problems, conflicts, uploads of lists and OPML. */
@EmbeddedKafka(partitions = 1)
class SourceApiIT {

    private static final MediaType OPML = MediaType.parseMediaType("text/x-opml");
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() { };

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
    void aUrlThatIsNotHttpIsA400Problem() {
        problem(app.api.post().uri("/api/sources").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "file:///etc/passwd")).exchange(), 400)
                .jsonPath("$.detail").isEqualTo("url: not an http or https URL");
    }

    @Test
    void anIntervalBelowTheMinimumOrAnUnknownKindIsA400Problem() {
        problem(app.api.post().uri("/api/sources").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", server.url("/a.xml").toString(), "pollIntervalSeconds", 0)).exchange(), 400)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("pollIntervalSeconds"));
        problem(app.api.post().uri("/api/sources").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", server.url("/a.xml").toString(), "kind", "podcast")).exchange(), 400)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("kind"));
    }

    @Test
    void unreadableJsonIsA400Problem() {
        problem(app.api.post().uri("/api/sources").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"url\": ").exchange(), 400);
    }

    @Test
    void subscribingTheSameUrlTwiceIsAConflictNamingTheExistingSource() {
        String url = server.url("/feeds/twice.xml").toString();
        String id = (String) app.api.post().uri("/api/sources").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", url)).exchange().expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/sources/[0-9a-f]{32}")
                .expectBody(JSON_OBJECT).returnResult().getResponseBody().get("id");

        problem(app.api.post().uri("/api/sources").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", url.replace("http://", "HTTP://") + "#frag")).exchange(), 409)
                .jsonPath("$.sourceId").isEqualTo(id);
    }

    @Test
    void anUnknownSourceIsA404ProblemForEveryVerb() {
        problem(app.api.get().uri("/api/sources/nope").exchange(), 404);
        problem(app.api.delete().uri("/api/sources/nope").exchange(), 404);
        problem(app.api.post().uri("/api/sources/nope/poll").exchange(), 404);
    }

    @Test
    void aTextListIsSubmittedWithSourceUploadAndBadLinesAreReportedByNumber() {
        Map<String, Object> receipt = app.api.post().uri("/api/submissions/upload").contentType(MediaType.TEXT_PLAIN)
                .bodyValue(Fixtures.document("urls.txt")).exchange()
                .expectStatus().isAccepted().expectBody(JSON_OBJECT).returnResult().getResponseBody();

        assertThat((List<?>) receipt.get("submitted")).hasSize(3);
        assertThat(app.sink.urlsFrom("upload")).contains(
                "https://news.example.org/world/2024/03/12/ceasefire-talks-resume",
                "https://blog.example.com/2024/03/10/zero-downtime-migration/");
        assertThat((List<Map<String, Object>>) receipt.get("errors")).extracting(error -> error.get("line"))
                .containsExactly(6, 7);
    }

    @Test
    void aListWithNothingValidIsA400ProblemListingTheErrors() {
        problem(app.api.post().uri("/api/submissions/upload").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("# only junk\nnot-a-url\n").exchange(), 400)
                .jsonPath("$.errors[0].line").isEqualTo(2);
    }

    @Test
    void opmlSubscribesFeedOutlinesAndSubmitsLinkOutlines() {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>desk</title></head><body>
                  <outline text="News"><outline type="rss" text="A" xmlUrl="%s"/><outline type="rss" text="B" xmlUrl="%s"/></outline>
                  <outline type="rss" text="bad" xmlUrl="gopher://old.example/feed"/>
                  <outline type="link" text="read" url="https://magazine.example.com/2024/03/long-read"/>
                </body></opml>
                """.formatted(server.url("/opml/a.xml"), server.url("/opml/b.xml"));

        Map<String, Object> first = upload(opml, OPML);
        Map<String, Object> second = upload(opml, MediaType.APPLICATION_XML);

        assertThat((List<?>) first.get("subscribed")).hasSize(2);
        assertThat((List<Map<String, Object>>) first.get("errors")).singleElement()
                .satisfies(error -> assertThat(error).containsEntry("url", "gopher://old.example/feed"));
        assertThat((List<?>) first.get("submitted")).hasSize(1);
        assertThat((List<?>) second.get("subscribed")).isEmpty();
        assertThat((List<?>) second.get("existing")).hasSize(2);
        assertThat(app.sink.urlsFrom("upload")).contains("https://magazine.example.com/2024/03/long-read");
    }

    @Test
    void opmlWithAnEntityDeclarationIsRefused() {
        problem(app.api.post().uri("/api/submissions/upload").contentType(OPML)
                .bodyValue(Fixtures.document("xxe-parameter-entity.opml")).exchange(), 400)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("internal subset"));
    }

    @Test
    void anotherContentTypeIsA415Problem() {
        problem(app.api.post().uri("/api/submissions/upload").contentType(MediaType.TEXT_HTML)
                .bodyValue("<html></html>").exchange(), 415);
    }

    @Test
    void anUploadOverTheSizeLimitIsA413Problem() {
        byte[] big = ("https://a.example/x\n".repeat(60_000)).getBytes(StandardCharsets.UTF_8);   // 1.2 MB

        problem(app.api.post().uri("/api/submissions/upload").contentType(MediaType.TEXT_PLAIN)
                .bodyValue(big).exchange(), 413);
    }

    private static Map<String, Object> upload(String body, MediaType type) {
        return app.api.post().uri("/api/submissions/upload").contentType(type).bodyValue(body).exchange()
                .expectStatus().isAccepted().expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status);
    }
}
