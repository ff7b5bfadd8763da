package io.newsflow.publish.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/** Bodies of the webhook API. */
final class WebhookViews {

    private WebhookViews() {
    }

    /**
     * {@code POST /api/webhooks}.
     *
     * @param url     where to POST each published article (http or https)
     * @param secret  HMAC key for {@code X-Newsflow-Signature}, 16 to 200 characters; generated when absent
     * @param filters optional: {@code tag}, {@code entity}, {@code topic}, {@code site}, {@code language}, {@code q},
     *                as on {@code GET /api/articles}
     */
    record WebhookRequest(String url, String secret, Map<String, String> filters) {
    }

    /** A subscription; {@code secret} only in the answer that created it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WebhookView(String id, String url, Map<String, Object> filters, String status, int consecutiveFailures,
                       String secret, Instant createdAt, Instant lastDeliveryAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeliveryView(String id, String webhookId, String articleId, String status, int attempts,
                        Integer lastStatusCode, String lastError, Instant createdAt, Instant updatedAt) {
    }
}
