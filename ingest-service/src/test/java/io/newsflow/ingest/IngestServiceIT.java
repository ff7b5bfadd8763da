package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.ArticleExtracted;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.NewsflowEvent;
import io.newsflow.contracts.ReasonCodes;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.fetch.LocalPages;
import io.newsflow.ingest.support.IngestItSupport;
import io.newsflow.ingest.support.TopicReader;
import io.newsflow.messaging.EventCodec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole service on a real (embedded KRaft) broker: an editor submits pages served from 127.0.0.1;
 * the article and every status come out on the topics, failures end FAILED with their reason, and an
 * unreadable submission record is dead-lettered and reported.
 */
class IngestServiceIT extends IngestItSupport {

    private static final String CANONICAL =
            "https://ir-ia.com/nato-foreign-ministers-meet-in-brussels-to-discuss-russia-ukraine-war/";

    private static LocalPages pages;

    @Autowired
    KafkaTemplate<String, byte[]> template;

    @BeforeAll
    static void servePages() throws IOException {
        byte[] nato;
        try (InputStream in = IngestServiceIT.class.getResourceAsStream("/pages/iria-nato-foreign-ministers/index.html")) {
            nato = in.readAllBytes();
        }
        pages = new LocalPages()
                .on("/2023/11/nato-foreign-ministers/", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
                    exchange.sendResponseHeaders(200, nato.length);
                    exchange.getResponseBody().write(nato);
                })
                .on("/missing", exchange -> LocalPages.send(exchange, 404, "text/html", "<h1>Not found</h1>"));
    }

    @AfterAll
    static void stopPages() {
        pages.close();
    }

    @Test
    void submittedPagesComeOutAsArticlesOrFailuresWithEveryStatus() throws IOException {
        String article = pages.url("/2023/11/nato-foreign-ministers/").toString();
        String missing = pages.url("/missing").toString();
        String unreachable = "http://127.0.0.1:" + closedPort() + "/story";

        List<Map<String, String>> receipts = submit("{\"urls\":[\"" + article + "\",\"" + missing + "\",\""
                + unreachable + "\"]}");
        Map<String, String> idByUrl = receipts.stream().collect(Collectors.toMap(r -> r.get("url"), r -> r.get("id")));

        try (TopicReader statuses = reader(Topics.SUBMISSION_STATUS);
             TopicReader articles = reader(Topics.ARTICLES_EXTRACTED)) {
            await().atMost(PATIENCE).until(() -> statuses.read(SubmissionStatusChanged.class).stream()
                    .filter(status -> status.state().isTerminal() || status.state() == SubmissionState.EXTRACTED)
                    .map(SubmissionStatusChanged::submissionId).distinct().count() >= 3);
            List<SubmissionStatusChanged> all = statuses.read(SubmissionStatusChanged.class);

            List<SubmissionStatusChanged> ofArticle = of(all, idByUrl.get(article));
            assertThat(ofArticle).extracting(SubmissionStatusChanged::state)
                    .containsExactly(SubmissionState.ACCEPTED, SubmissionState.FETCHING, SubmissionState.EXTRACTED);
            // the page's canonical is on another domain than 127.0.0.1: not trusted, the served URL is the identity
            assertThat(ofArticle.get(2).articleId()).isEqualTo(ArticleIds.of(article));
            assertThat(ofArticle).extracting(SubmissionStatusChanged::service).containsOnly("ingest-service");

            assertThat(of(all, idByUrl.get(missing))).extracting(SubmissionStatusChanged::state)
                    .containsExactly(SubmissionState.ACCEPTED, SubmissionState.FETCHING, SubmissionState.FAILED);
            assertThat(last(all, idByUrl.get(missing))).satisfies(failed -> {
                assertThat(failed.reasonCode()).isEqualTo(ReasonCodes.HTTP_ERROR);
                assertThat(failed.message()).isEqualTo("HTTP 404 Not Found");
            });
            assertThat(last(all, idByUrl.get(unreachable))).satisfies(failed -> {
                assertThat(failed.reasonCode()).isEqualTo(ReasonCodes.RETRIES_EXHAUSTED);
                assertThat(failed.message()).startsWith("gave up after 3 attempts, last: UNREACHABLE");
            });

            await().atMost(PATIENCE).until(() -> !articles.read(ArticleExtracted.class).isEmpty());
            ArticleExtracted extracted = articles.read(ArticleExtracted.class).get(0);
            assertThat(extracted.submissionId()).isEqualTo(idByUrl.get(article));
            assertThat(extracted.url()).isEqualTo(article);
            assertThat(extracted.canonicalUrl()).isEqualTo(article);
            assertThat(extracted.source()).isEqualTo("editor");
            assertThat(extracted.content().title())
                    .isEqualTo("NATO Foreign Ministers meet in Brussels to discuss Russia-Ukraine war");
            assertThat(extracted.content().body()).contains("Stoltenberg").doesNotContain("Leave a Reply");
            assertThat(extracted.revision().contentHash()).hasSize(64);
            assertThat(articles.keys()).containsExactly(ArticleIds.of(article));
        }
    }

    @Test
    void anUnreadableSubmissionIsDeadLetteredAndReportedFailed() throws Exception {
        template.send(new ProducerRecord<>(Topics.SUBMISSIONS, "broken-submission",
                "{not json".getBytes(StandardCharsets.UTF_8))).get();

        try (TopicReader deadLetters = reader(Topics.deadLetterOf(Topics.SUBMISSIONS));
             TopicReader statuses = reader(Topics.SUBMISSION_STATUS)) {
            await().atMost(PATIENCE).until(() -> deadLetters.keys().contains("broken-submission"));
            await().atMost(PATIENCE).until(() -> !of(statuses.read(SubmissionStatusChanged.class), "broken-submission").isEmpty());
            SubmissionStatusChanged failed = last(statuses.read(SubmissionStatusChanged.class), "broken-submission");
            assertThat(failed.state()).isEqualTo(SubmissionState.FAILED);
            assertThat(failed.reasonCode()).isEqualTo(ReasonCodes.MALFORMED_EVENT);
        }
    }

    @Test
    void theApiNeedsATokenButHealthDoesNot() {
        client.post().uri("/api/submissions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"url\":\"https://news.example/a\"}").exchange()
                .expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> submit(String json) {
        List<Map<String, String>> receipts = client.post().uri("/api/submissions")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isAccepted()
                .expectBodyList(Map.class).returnResult().getResponseBody()
                .stream().map(receipt -> (Map<String, String>) receipt).toList();
        assertThat(receipts).allSatisfy(receipt -> assertThat(receipt.get("state")).isEqualTo("ACCEPTED"));
        return receipts;
    }

    private static List<SubmissionStatusChanged> of(List<SubmissionStatusChanged> statuses, String submissionId) {
        return statuses.stream().filter(status -> submissionId.equals(status.submissionId())).toList();
    }

    private static SubmissionStatusChanged last(List<SubmissionStatusChanged> statuses, String submissionId) {
        List<SubmissionStatusChanged> of = of(statuses, submissionId);
        assertThat(of).isNotEmpty();
        return of.get(of.size() - 1);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
