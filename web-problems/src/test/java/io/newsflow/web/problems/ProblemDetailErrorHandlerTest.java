package io.newsflow.web.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** The error documents of a small WebFlux application with this module on its class path. */
@SpringBootTest(classes = ProblemDetailErrorHandlerTest.App.class)
@AutoConfigureWebTestClient
class ProblemDetailErrorHandlerTest {

    @SpringBootApplication
    @Import(Items.class)
    static class App {
    }

    record Batch(List<String> urls) {
    }

    @RestController
    static class Items {

        @GetMapping("/items")
        Mono<String> list(@RequestParam(defaultValue = "10") int limit) {
            return Mono.just("items " + limit);
        }

        @PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
        Mono<Integer> add(@RequestBody Batch batch) {
            return Mono.just(batch.urls().size());
        }

        @GetMapping("/boom")
        Mono<String> boom() {
            throw new IllegalStateException("db password is hunter2");
        }

        @GetMapping("/taken")
        Mono<String> taken() {
            return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT, "that name is taken"));
        }
    }

    @Autowired
    WebTestClient http;

    @Test
    void queryParameterOfTheWrongTypeNamesTheParameter() {
        http.get().uri("/items?limit=abc").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.field").isEqualTo("limit")
                .jsonPath("$.detail").isEqualTo("limit has the wrong type or format")
                .jsonPath("$.instance").isEqualTo("/items");
    }

    @Test
    void bodyFieldOfTheWrongShapeIsNamed() {
        http.post().uri("/items").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"urls\": {\"a\": 1}}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.field").isEqualTo("urls")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("urls has the wrong type"));
    }

    @Test
    void bodyThatIsNotJsonIsSaidSo() {
        http.post().uri("/items").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"urls\": [")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("request body is not valid JSON"))
                .jsonPath("$.field").doesNotExist();
    }

    @Test
    void unexpectedErrorIsA500WithoutInternals() {
        String body = http.get().uri("/boom").exchange()
                .expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"detail\":\"unexpected error\"").doesNotContain("hunter2", "IllegalState");
    }

    @Test
    void serviceErrorsKeepTheirStatusAndDetail() {
        http.get().uri("/taken").exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("that name is taken");
    }

    @Test
    void frameworkErrorsAreProblemsToo() {
        http.get().uri("/nowhere").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.instance").isEqualTo("/nowhere");
        http.delete().uri("/items").exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                .expectHeader().value(HttpHeaders.ALLOW, allow -> assertThat(allow).contains("GET"))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.post().uri("/items").contentType(MediaType.TEXT_PLAIN).bodyValue("x").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
