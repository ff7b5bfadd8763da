package io.newsflow.ingest.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.SubmissionStatusChanged;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.config.EditorProperties;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.security.SecurityTestSupport;
import io.newsflow.messaging.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebFluxTest(controllers = SubmissionController.class, properties = {
        "spring.config.name=ingest-service", "newsflow.editor.tokens=first-token, second-token"})
@Import({SubmissionValidator.class, SubmissionIntake.class, SecurityTestSupport.class, SubmissionApiTest.FixedClock.class})
class SubmissionApiTest {

    private static final String SUBMISSIONS = "/api/submissions";

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties({EditorProperties.class, IngestProperties.class})
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    WebTestClient client;
    @MockitoBean
    EventPublisher publisher;

    @BeforeEach
    void brokerAcknowledges() {
        when(publisher.publish(anyString(), any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemDetailAndNothingIsPublished() {
        post(null, "{\"url\":\"https://news.example/a\"}").expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsflow\"")
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.title").isEqualTo("Unauthorized");
        verify(publisher, never()).publish(anyString(), any());
    }

    @Test
    void anUnknownTokenOrAnotherSchemeIs401() {
        post("wrong-token", "{\"url\":\"https://news.example/a\"}").expectStatus().isUnauthorized();
        client.post().uri(SUBMISSIONS).header(HttpHeaders.AUTHORIZATION, "Basic Zmlyc3QtdG9rZW4=")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"url\":\"https://news.example/a\"}")
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aSingleUrlIsAcceptedWithItsSubmissionId() {
        List<SubmissionReceipt> receipts = post("first-token", "{\"url\":\" https://news.example/a \"}")
                .expectStatus().isAccepted()
                .expectBodyList(SubmissionReceipt.class).returnResult().getResponseBody();

        assertThat(receipts).singleElement().satisfies(receipt -> {
            assertThat(receipt.url()).isEqualTo("https://news.example/a");
            assertThat(receipt.state()).isEqualTo(SubmissionState.ACCEPTED);
            assertThat(receipt.id()).matches("[0-9a-f-]{36}");
        });
    }

    @Test
    void eachUrlIsPublishedAfterItsAcceptedStatus() {
        post("second-token", "{\"urls\":[\"https://news.example/a\",\"http://news.example/b\"]}")
                .expectStatus().isAccepted().expectBody().jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].state").isEqualTo("ACCEPTED");

        InOrder order = inOrder(publisher);
        ArgumentCaptor<SubmissionStatusChanged> statuses = ArgumentCaptor.forClass(SubmissionStatusChanged.class);
        ArgumentCaptor<SubmissionRequested> requests = ArgumentCaptor.forClass(SubmissionRequested.class);
        order.verify(publisher, times(2)).publish(eq(Topics.SUBMISSION_STATUS), statuses.capture());
        order.verify(publisher, times(2)).publish(eq(Topics.SUBMISSIONS), requests.capture());
        assertThat(statuses.getAllValues()).extracting(SubmissionStatusChanged::state).containsOnly(SubmissionState.ACCEPTED);
        assertThat(requests.getAllValues()).extracting(SubmissionRequested::url)
                .containsExactly("https://news.example/a", "http://news.example/b");
        assertThat(requests.getAllValues()).allSatisfy(request -> {
            assertThat(request.source()).isEqualTo("editor");
            assertThat(request.requestedAt()).isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));
        });
        assertThat(requests.getAllValues()).extracting(SubmissionRequested::submissionId)
                .containsExactlyElementsOf(statuses.getAllValues().stream().map(SubmissionStatusChanged::submissionId).toList());
    }

    @Test
    void anInvalidUrlIs400NamingItsIndex() {
        post("first-token", "{\"urls\":[\"https://news.example/a\",\"ftp://news.example/b\",\"https:///x\"]}")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("urls[1]")
                .jsonPath("$.errors[0].message").isEqualTo("must use http or https")
                .jsonPath("$.errors[1].field").isEqualTo("urls[2]")
                .jsonPath("$.detail").isEqualTo("urls[1] must use http or https; urls[2] has no host");
        verify(publisher, never()).publish(anyString(), any());
    }

    @Test
    void aTooLongSingleUrlIs400NamingUrl() {
        post("first-token", "{\"url\":\"https://news.example/" + "a".repeat(2048) + "\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("url")
                .jsonPath("$.errors[0].message").isEqualTo("is longer than 2048 characters");
    }

    @Test
    void anEmptyListOrNoUrlAtAllIs400() {
        post("first-token", "{\"urls\":[]}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("urls");
        post("first-token", "{}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("urls");
    }

    @Test
    void moreThanAHundredUrlsIs400() {
        String urls = IntStream.range(0, 101).mapToObj(i -> "\"https://news.example/" + i + "\"")
                .collect(Collectors.joining(","));
        post("first-token", "{\"urls\":[" + urls + "]}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("urls")
                .jsonPath("$.errors[0].message").isEqualTo("lists 101 URLs, at most 100 are accepted per request");
    }

    @Test
    void malformedJsonIs400ProblemDetail() {
        post("first-token", "{\"url\": ").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("request body is not valid JSON"));
    }

    @Test
    void aFieldOfTheWrongTypeIs400NamingTheField() {
        post("first-token", "{\"urls\": \"https://news.example/a\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("urls");
    }

    @Test
    void frameworkErrorsAreProblemDetailsToo() {
        client.get().uri(SUBMISSIONS).header(HttpHeaders.AUTHORIZATION, "Bearer first-token").exchange()
                .expectStatus().isEqualTo(405).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri(SUBMISSIONS).header(HttpHeaders.AUTHORIZATION, "Bearer first-token")
                .contentType(MediaType.TEXT_PLAIN).bodyValue("https://news.example/a").exchange()
                .expectStatus().isEqualTo(415).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/no-such-page").exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.instance").isEqualTo("/no-such-page");
    }

    @Test
    void aBrokerThatDoesNotAcknowledgeIs503() {
        when(publisher.publish(anyString(), any())).thenReturn(CompletableFuture.failedFuture(
                new IllegalStateException("broker down")));
        post("first-token", "{\"url\":\"https://news.example/a\"}").expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("try again"));
    }

    private WebTestClient.ResponseSpec post(String token, String json) {
        WebTestClient.RequestBodySpec request = client.post().uri(SUBMISSIONS).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.bodyValue(json).exchange();
    }
}
