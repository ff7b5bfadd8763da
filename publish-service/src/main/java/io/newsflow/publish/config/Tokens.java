package io.newsflow.publish.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/** Bearer tokens: how a request carries one and how it is compared. */
public final class Tokens {

    private static final String BEARER = "Bearer ";
    /** Query parameter for clients that cannot set headers (EventSource, feed readers). */
    public static final String ACCESS_TOKEN_PARAM = "access_token";

    private Tokens() {
    }

    /** The request's token: {@code Authorization: Bearer <token>}, else {@code ?access_token=}, else null. */
    public static String of(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return header.substring(BEARER.length()).trim();
        }
        return exchange.getRequest().getQueryParams().getFirst(ACCESS_TOKEN_PARAM);
    }

    /** Constant-time comparison against each token, so timing does not reveal a prefix. */
    static boolean matchesAny(String token, List<String> tokens) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (String candidate : tokens) {
            match |= MessageDigest.isEqual(given, candidate.getBytes(StandardCharsets.UTF_8));
        }
        return match;
    }

    public static boolean matchesAnyToken(String token, List<String> tokens) {
        return matchesAny(token, tokens);
    }
}
