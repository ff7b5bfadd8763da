package io.newsflow.ingest.security;

import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Requires {@code Authorization: Bearer <editor token>} on the API ({@value #PROTECTED_PREFIX}); health and
 * other actuator endpoints stay open for probes. A missing or unknown token is a 401 ProblemDetail.
 */
@Component
class EditorTokenFilter implements WebFilter {

    static final String PROTECTED_PREFIX = "/api/";
    private static final String BEARER = "bearer ";

    private final EditorTokens tokens;

    EditorTokenFilter(EditorTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith(PROTECTED_PREFIX) || tokens.accepts(bearerToken(exchange))) {
            return chain.filter(exchange);
        }
        return Mono.error(new Unauthorized());
    }

    private static String bearerToken(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length()
                || !header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return null;
        }
        return header.substring(BEARER.length()).trim();
    }

    /** 401 with the challenge RFC 6750 asks for. */
    static final class Unauthorized extends ErrorResponseException {

        Unauthorized() {
            super(HttpStatus.UNAUTHORIZED, problem(), null);
            getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsflow\"");
        }

        private static ProblemDetail problem() {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "a valid editor token is required: Authorization: Bearer <token>");
            problem.setTitle("Unauthorized");
            return problem;
        }
    }
}
