package io.newsflow.publish.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.newsflow.publish.article.ArticleFilter;
import io.newsflow.publish.article.ArticleSummaries;
import io.newsflow.publish.article.ArticleWritten;
import io.newsflow.publish.config.PublishProperties;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs each written article to the webhooks whose filters match it: body {@code {"event":
 * "article.published", "article": {...}}} (the article as {@code GET /api/articles/{id}} shows it),
 * signed ({@link WebhookSignature}). Each attempt resolves the host once and connects to that address
 * only if {@link AddressGuard} allows it (no DNS rebinding between check and connect). A 2xx delivers;
 * 408, 429, 5xx and network errors are retried with exponential back-off up to {@code max-attempts};
 * other answers fail at once. Counter {@code newsflow.webhook.deliveries} (tag {@code outcome}:
 * delivered, failed, refused). Deliveries run in the background: they never hold up the article consumer.
 */
@Component
class WebhookDispatcher {

    static final String EVENT = "article.published";
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookStore store;
    private final PublishProperties props;
    private final AddressGuard guard;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final HttpClient http;

    WebhookDispatcher(WebhookStore store, PublishProperties props, JsonMapper json, MeterRegistry meters) {
        this.store = store;
        this.props = props;
        this.guard = new AddressGuard(props.webhooks().allow());
        this.json = json;
        this.meters = meters;
        this.http = HttpClient.create().responseTimeout(props.webhooks().timeout()).followRedirect(false);
    }

    /** Refusal of a URL at registration (null when acceptable): same rules as at delivery. */
    String refusal(URI url) {
        return guard.check(url.getHost(), port(url)).refusal();
    }

    @EventListener
    void onArticleWritten(ArticleWritten written) {
        store.all()
                .filter(webhook -> ArticleFilter.fromDocument(webhook.get("filter", Document.class)).matches(written.article()))
                .flatMap(webhook -> deliver(webhook, written))
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe(null, error -> log.warn("webhook dispatch of article {} failed: {}", written.articleId(),
                        error.toString()));
    }

    private Mono<Void> deliver(Document webhook, ArticleWritten written) {
        String deliveryId = UUID.randomUUID().toString();
        String webhookId = webhook.getString("_id");
        byte[] body = body(deliveryId, written);
        String signature = WebhookSignature.sign(webhook.getString("secret"), body);
        URI url = URI.create(webhook.getString("url"));
        PublishProperties.Webhooks settings = props.webhooks();
        return store.startDelivery(deliveryId, webhookId, written.articleId())
                .then(Mono.defer(() -> attempt(url, body, signature, deliveryId))
                        .retryWhen(Retry.backoff(Math.max(0, settings.maxAttempts() - 1), settings.initialBackoff())
                                .maxBackoff(settings.maxBackoff()).filter(Retryable.class::isInstance)
                                .onRetryExhaustedThrow((spec, signal) -> signal.failure())))
                .thenReturn("DELIVERED")
                .onErrorResume(error -> Mono.just(error instanceof Refused ? "REFUSED" : "FAILED"))
                .flatMap(outcome -> {
                    meters.counter("newsflow.webhook.deliveries", "outcome", outcome.toLowerCase()).increment();
                    return store.finish(deliveryId, webhookId, outcome, settings.failingAfter());
                });
    }

    private Mono<Void> attempt(URI url, byte[] body, String signature, String deliveryId) {
        return Mono.fromCallable(() -> guard.check(url.getHost(), port(url)))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(decision -> {
                    if (decision.refusal() != null) {
                        return store.attempted(deliveryId, null, "refused: " + decision.refusal())
                                .then(Mono.error(new Refused()));
                    }
                    InetSocketAddress target = new InetSocketAddress(decision.address(), port(url));
                    return http.remoteAddress(() -> target)
                            .headers(headers -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                                    .set(WebhookSignature.HEADER, signature)
                                    .set("X-Newsflow-Event", EVENT)
                                    .set("X-Newsflow-Delivery", deliveryId)
                                    .set(HttpHeaderNames.USER_AGENT, "Newsflow-Webhooks/0.1"))
                            .post().uri(url.toString())
                            .send(ByteBufFlux.fromString(Mono.just(new String(body, StandardCharsets.UTF_8))))
                            .responseSingle((response, content) -> content.then(Mono.just(response.status().code())))
                            .onErrorResume(error -> store.attempted(deliveryId, null, error.toString())
                                    .then(Mono.error(new Retryable())))
                            .flatMap(code -> store.attempted(deliveryId, code, null).then(outcome(code)));
                });
    }

    private static Mono<Void> outcome(int code) {
        if (code >= 200 && code < 300) {
            return Mono.empty();
        }
        return Mono.error(code == 408 || code == 429 || code >= 500 ? new Retryable() : new Rejected());
    }

    private byte[] body(String deliveryId, ArticleWritten written) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", EVENT);
        payload.put("deliveryId", deliveryId);
        payload.put("sentAt", Instant.now().toString());
        payload.put("article", ArticleSummaries.view(written.article()));
        return json.writeValueAsBytes(payload);
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    /** An attempt worth repeating: network error, timeout, 408, 429, 5xx. */
    static final class Retryable extends RuntimeException {
        Retryable() {
            super(null, null, false, false);
        }
    }

    /** The subscriber answered with a status that will not change by retrying. */
    static final class Rejected extends RuntimeException {
        Rejected() {
            super(null, null, false, false);
        }
    }

    /** The address policy refuses the target. */
    static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }
}
