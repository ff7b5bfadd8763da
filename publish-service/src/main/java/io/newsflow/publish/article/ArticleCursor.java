package io.newsflow.publish.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Position in a listing: the (firstSeen, id) of the last article of a page, and its relevance score
 * when the listing is a search ({@code q}). The next page starts strictly after it in the listing's
 * order, so articles stored meanwhile (which are newer) neither shift nor repeat it. Opaque to
 * clients: URL-safe Base64 of {@code <epochMillis>:<id>} or {@code s<score>:<epochMillis>:<id>}.
 */
record ArticleCursor(Instant firstSeen, String id, Integer score) {

    private static final int MAX_TOKEN_LENGTH = 256;

    ArticleCursor(Instant firstSeen, String id) {
        this(firstSeen, id, null);
    }

    String encode() {
        String plain = (score == null ? "" : "s" + score + ":") + firstSeen.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the token was not made by {@link #encode()} */
    static ArticleCursor decode(String token) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("cursor too long");
        }
        String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        Integer score = null;
        if (plain.startsWith("s")) {
            int colon = plain.indexOf(':');
            if (colon < 2) {
                throw new IllegalArgumentException("not a cursor");
            }
            score = Integer.parseInt(plain.substring(1, colon));
            plain = plain.substring(colon + 1);
        }
        int colon = plain.indexOf(':');
        if (colon <= 0 || colon == plain.length() - 1) {
            throw new IllegalArgumentException("not a cursor");
        }
        return new ArticleCursor(Instant.ofEpochMilli(Long.parseLong(plain.substring(0, colon))),
                plain.substring(colon + 1), score);
    }
}
