package io.newsflow.publish.web;

import io.newsflow.publish.config.EditorTokens;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.config.Tokens;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Optional protection of the read API and feeds: when {@code newsflow.publish.read-tokens} is set,
 * reads under {@code /api/} and {@code /feeds/} need one of those tokens (or an editor token), as
 * {@code Authorization: Bearer} or {@code ?access_token=} (for EventSource and feed readers); else a
 * 401 problem. Open by default. The editor page itself, its assets, the OpenAPI document and health
 * stay open; writes authenticate on their own (ingest-service, webhook management).
 */
@Component
class ReadTokenFilter implements WebFilter {

    private final PublishProperties props;
    private final EditorTokens editors;

    ReadTokenFilter(PublishProperties props, EditorTokens editors) {
        this.props = props;
        this.editors = editors;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (props.readTokens().isEmpty() || !isProtectedRead(exchange)) {
            return chain.filter(exchange);
        }
        String token = Tokens.of(exchange);
        if (Tokens.matchesAnyToken(token, props.readTokens()) || editors.accepts(token)) {
            return chain.filter(exchange);
        }
        return Mono.error(Problems.unauthorized());
    }

    private static boolean isProtectedRead(ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return (path.startsWith("/api/") && !path.startsWith("/api/docs")) || path.startsWith("/feeds/");
    }
}
