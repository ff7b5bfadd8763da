package io.newsflow.publish.submission;

import io.newsflow.publish.config.PublishProperties;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/submissions}: hands the editor page's submission to ingest-service unchanged (body,
 * content type, {@code Authorization}) and its answer back unchanged (202 receipts, 400/401 problems).
 * ingest-service stays the only place that authenticates and validates submissions; this only saves
 * the page a second origin. An unreachable ingest-service is a 503 problem.
 */
@RestController
class SubmissionForwarder {

    private static final String SUBMISSIONS_PATH = "/api/submissions";

    private final WebClient ingest;
    private final PublishProperties props;

    SubmissionForwarder(PublishProperties props) {
        // A plain client: bodies pass through as bytes, so no codecs are needed (Boot 4 keeps its
        // WebClient.Builder bean in a module this service does not otherwise need).
        this.ingest = WebClient.builder().baseUrl(props.ingestUrl().toString()).build();
        this.props = props;
    }

    @PostMapping(SUBMISSIONS_PATH)
    Mono<ResponseEntity<byte[]>> submit(@RequestBody(required = false) byte[] body,
                                        @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                                        @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return ingest.post().uri(SUBMISSIONS_PATH)
                .headers(headers -> {
                    if (contentType != null) {
                        headers.set(HttpHeaders.CONTENT_TYPE, contentType);
                    }
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
                })
                .bodyValue(body == null ? new byte[0] : body)
                .exchangeToMono(response -> response.toEntity(byte[].class))
                .map(SubmissionForwarder::passBack)
                .timeout(props.ingestTimeout())
                .onErrorMap(error -> error instanceof WebClientRequestException
                                || error instanceof TimeoutException,
                        error -> unavailable());
    }

    /** ingest-service's status, content type and body; its other headers stay behind. */
    private static ResponseEntity<byte[]> passBack(ResponseEntity<byte[]> answer) {
        ResponseEntity.BodyBuilder entity = ResponseEntity.status(answer.getStatusCode());
        if (answer.getHeaders().getContentType() != null) {
            entity.contentType(answer.getHeaders().getContentType());
        }
        return entity.body(answer.getBody() == null ? new byte[0] : answer.getBody());
    }

    private static ErrorResponseException unavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "ingest-service cannot take submissions right now; try again shortly");
        problem.setType(URI.create("https://newsflow.io/problems/ingest-unavailable"));
        problem.setTitle("Submissions unavailable");
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
    }
}
