package io.newsflow.publish.web;

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
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error leaves as one RFC 9457 {@code application/problem+json} document: the framework's (404 of
 * an unknown path, 405, 406, a query parameter of the wrong type, which also names the parameter), the
 * service's own ({@link Problems}) and unexpected ones (500, logged, without internals). Ordered before
 * Boot's error handler, which would answer in its own format.
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
            if (error instanceof ServerWebInputException input) {
                nameTheParameter(problem, input);
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

    /** "limit=abc": say which parameter, as the service's own 400s do. */
    private static void nameTheParameter(ProblemDetail problem, ServerWebInputException error) {
        MethodParameter parameter = error.getMethodParameter();
        if (parameter != null && parameter.getParameterName() != null) {
            problem.setProperty("field", parameter.getParameterName());
            problem.setDetail(parameter.getParameterName() + " has the wrong type or format");
        }
    }
}
