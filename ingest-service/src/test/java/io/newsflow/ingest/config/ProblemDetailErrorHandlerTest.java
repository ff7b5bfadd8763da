package io.newsflow.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.security.SecurityTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@WebFluxTest(controllers = ProblemDetailErrorHandlerTest.Failing.class, properties = "spring.config.name=ingest-service")
@Import({ProblemDetailErrorHandlerTest.Failing.class, SecurityTestSupport.class})
@EnableConfigurationProperties(EditorProperties.class)
class ProblemDetailErrorHandlerTest {

    @RestController
    static class Failing {
        @GetMapping("/boom")
        Mono<String> boom() {
            return Mono.error(new IllegalStateException("database password is hunter2"));
        }
    }

    @Autowired
    WebTestClient client;

    @Test
    void anUnexpectedErrorIsA500ProblemDetailThatKeepsItsInternalsToItself() {
        String body = client.get().uri("/boom").exchange()
                .expectStatus().isEqualTo(500)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"detail\":\"unexpected error\"").contains("\"instance\":\"/boom\"")
                .doesNotContain("hunter2");
    }
}
