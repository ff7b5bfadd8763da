package io.newsflow.ingest.security;

import io.newsflow.ingest.config.EditorProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The editors' bearer tokens. Comparison takes the same time whatever the presented token: both sides
 * are hashed to equal length and every configured token is compared with {@link MessageDigest#isEqual},
 * without stopping at the first match.
 */
@Component
class EditorTokens {

    private static final Logger log = LoggerFactory.getLogger(EditorTokens.class);

    private final List<byte[]> digests;

    EditorTokens(EditorProperties props) {
        this.digests = props.tokens().stream().map(EditorTokens::sha256).toList();
        if (digests.isEmpty()) {
            log.warn("no editor tokens configured (NEWSFLOW_EDITOR_TOKENS): every submission will be refused");
        }
    }

    boolean accepts(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] digest = sha256(presented);
        boolean match = false;
        for (byte[] known : digests) {
            match |= MessageDigest.isEqual(known, digest);
        }
        return match;
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
