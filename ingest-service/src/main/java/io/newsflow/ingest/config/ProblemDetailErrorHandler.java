package io.newsflow.ingest.config;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

/**
 * Every error leaves as one RFC 9457 {@code application/problem+json} document: framework errors (404,
 * 405, 415, malformed JSON), the service's own (401, 400 with field errors, 503) and unexpected ones
 * (500, without internals). Ordered before Boot's error handler, which would answer in its own format.
 */
@Component
@Order(-2)
class ProblemDetailErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailErrorHandler.class);

    private final ServerResponse.Context context;

    ProblemDetailErrorHandler(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem;
        HttpHeaders headers = new HttpHeaders();
        if (error instanceof ErrorResponse response) {
            problem = response.getBody();
            headers.addAll(response.getHeaders());
            if (error instanceof ServerWebInputException) {
                describeUnreadableBody(problem, error);
            }
        } else {
            log.error("unexpected error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    error);
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected error");
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        }
        return ServerResponse.status(problem.getStatus())
                .headers(target -> target.addAll(headers))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }

    /** Malformed JSON: say so, and name the field when the parser knows it ("urls" for a string given as list). */
    private static void describeUnreadableBody(ProblemDetail problem, Throwable error) {
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                String field = fieldOf(json);
                problem.setDetail(field.isEmpty() ? "request body is not valid JSON: " + json.getOriginalMessage()
                        : field + " has the wrong type or format: " + json.getOriginalMessage());
                if (!field.isEmpty()) {
                    problem.setProperty("field", field);
                }
                return;
            }
            if (cause.getCause() == cause) {
                return;
            }
        }
    }

    private static String fieldOf(JacksonException error) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : error.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
