package io.newsflow.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The article id is part of the contract: the first 32 hex digits (128 bits) of the SHA-256 of the
 * canonical URL, so any consumer can compute the key of a URL it knows.
 */
public final class ArticleIds {

    private static final int ID_BYTES = 16;

    private ArticleIds() {
    }

    /** The article id of a canonical URL. */
    public static String of(String canonicalUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
