package io.newsflow.web.problems;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error leaves as one RFC 9457 {@code application/problem+json} document: the framework's (404 of an
 * unknown path, 405, 406, 413, 415; a query parameter of the wrong type and a body that is not valid JSON,
 * both naming the {@code field} at fault), the service's own ({@link ErrorResponse}s such as
 * {@code ResponseStatusException} or {@code ErrorResponseException}, kept as they are) and unexpected ones
 * (500, logged, without internals). Ordered before Boot's error handler, which would answer in its own format.
 */
@Order(-2)
public class ProblemDetailErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailErrorHandler.class);

    private final ServerResponse.Context context;

    public ProblemDetailErrorHandler(ServerCodecConfigurer codecs) {
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
            if (error instanceof ServerWebInputException input) {
                nameTheField(problem, input);
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

    /**
     * "limit=abc": name the query parameter. A body that is not JSON: say so. A body whose field has the
     * wrong shape: name the field ("urls" for an object given as a list).
     */
    private static void nameTheField(ProblemDetail problem, ServerWebInputException error) {
        JacksonException json = jsonCause(error);
        if (json != null) {
            // A syntax error (cut off, stray characters) is about the document, whatever field it stopped in.
            String field = json instanceof StreamReadException ? "" : fieldOf(json);
            problem.setDetail(field.isEmpty() ? "request body is not valid JSON: " + json.getOriginalMessage()
                    : field + " has the wrong type or format: " + json.getOriginalMessage());
            if (!field.isEmpty()) {
                problem.setProperty("field", field);
            }
            return;
        }
        MethodParameter parameter = error.getMethodParameter();
        if (parameter != null && parameter.getParameterName() != null) {
            problem.setProperty("field", parameter.getParameterName());
            problem.setDetail(parameter.getParameterName() + " has the wrong type or format");
        }
    }

    private static JacksonException jsonCause(Throwable error) {
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
        }
        return null;
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
