package io.newsflow.publish.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The SSE event id of an article event: when it was written and its id. A client resuming with
 * {@code Last-Event-ID} gets every article written after it ({@link ArticleQueries#writtenAfter}).
 * Opaque: URL-safe Base64 of {@code <epochMillis>:<articleId>}.
 */
public record StreamPosition(Instant updatedAt, String id) {

    private static final int MAX_TOKEN_LENGTH = 256;

    public String encode() {
        String plain = updatedAt.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the token is not one {@link #encode()} made */
    public static StreamPosition decode(String token) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("event id too long");
        }
        String plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
        int colon = plain.indexOf(':');
        if (colon <= 0 || colon == plain.length() - 1) {
            throw new IllegalArgumentException("not an event id");
        }
        return new StreamPosition(Instant.ofEpochMilli(Long.parseLong(plain.substring(0, colon))),
                plain.substring(colon + 1));
    }

    /** The position of a stored article document. */
    public static StreamPosition of(org.bson.Document article) {
        return new StreamPosition(article.getDate(ArticleDocuments.UPDATED_AT).toInstant(),
                article.getString(ArticleDocuments.ID));
    }

    public boolean isAfter(StreamPosition other) {
        int byTime = updatedAt.compareTo(other.updatedAt);
        return byTime > 0 || (byTime == 0 && id.compareTo(other.id) > 0);
    }
}
