package io.newsflow.publish.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signatureIsTheHexHmacSha256OfTheBodyWithTheSecret() {
        // Reference computed outside Java: printf '{"a":1}' | openssl dgst -sha256 -hmac 'secret'
        assertThat(WebhookSignature.sign("secret", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=aa9e2e3575f5d7098b6caccd790888c36d5fdb63342a73bada2d6a51747a8494");
    }
}
