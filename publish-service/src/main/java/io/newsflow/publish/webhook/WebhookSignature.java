package io.newsflow.publish.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Newsflow-Signature: sha256=<hex>}: the HMAC-SHA256 of the exact request body with the
 * webhook's secret, as GitHub signs its webhooks. A receiver recomputes it over the raw body and
 * compares in constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Newsflow-Signature";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
