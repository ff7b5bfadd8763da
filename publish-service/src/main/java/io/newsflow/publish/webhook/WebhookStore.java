package io.newsflow.publish.webhook;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.newsflow.publish.store.Collections;
import io.newsflow.publish.webhook.WebhookViews.DeliveryView;
import io.newsflow.publish.webhook.WebhookViews.WebhookView;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Webhook subscriptions ({@code webhooks}: url, filters, secret, status ACTIVE/FAILING) and their
 * deliveries ({@code webhook_deliveries}: one per webhook and written article, with attempts, last
 * HTTP status or error, and PENDING → DELIVERED / FAILED / REFUSED).
 */
@Component
class WebhookStore {

    static final String ACTIVE = "ACTIVE";
    static final String FAILING = "FAILING";
    static final int DELIVERIES_SHOWN = 100;

    private final Collections collections;
    private final Clock clock;

    WebhookStore(Collections collections, Clock clock) {
        this.collections = collections;
        this.clock = clock;
    }

    Mono<Document> create(String id, String url, Document filter, String secret) {
        Document webhook = new Document("_id", id).append("url", url).append("filter", filter).append("secret", secret)
                .append("status", ACTIVE).append("consecutiveFailures", 0).append("createdAt", now());
        return collections.webhooks().flatMap(c -> Mono.from(c.insertOne(webhook))).thenReturn(webhook);
    }

    Flux<Document> all() {
        return collections.webhooks().flatMapMany(c -> Flux.from(c.find().sort(Sorts.ascending("createdAt"))));
    }

    Mono<Document> find(String id) {
        return collections.webhooks().flatMap(c -> Mono.from(c.find(eq("_id", id)).first()));
    }

    Mono<Boolean> delete(String id) {
        return collections.webhooks().flatMap(c -> Mono.from(c.deleteOne(eq("_id", id))))
                .map(result -> result.getDeletedCount() == 1);
    }

    Mono<Void> startDelivery(String deliveryId, String webhookId, String articleId) {
        Document delivery = new Document("_id", deliveryId).append("webhookId", webhookId).append("articleId", articleId)
                .append("status", "PENDING").append("attempts", 0).append("createdAt", now()).append("updatedAt", now());
        return collections.deliveries().flatMap(c -> Mono.from(c.insertOne(delivery))).then();
    }

    Mono<Void> attempted(String deliveryId, Integer statusCode, String error) {
        Bson update = Updates.combine(Updates.inc("attempts", 1), Updates.set("lastStatusCode", statusCode),
                Updates.set("lastError", error), Updates.set("updatedAt", now()));
        return collections.deliveries().flatMap(c -> Mono.from(c.updateOne(eq("_id", deliveryId), update))).then();
    }

    /** Ends a delivery and updates its webhook: a success resets it to ACTIVE, failures count towards FAILING. */
    Mono<Void> finish(String deliveryId, String webhookId, String status, int failingAfter) {
        Mono<Void> delivery = collections.deliveries().flatMap(c -> Mono.from(c.updateOne(eq("_id", deliveryId),
                Updates.combine(Updates.set("status", status), Updates.set("updatedAt", now()))))).then();
        Mono<Void> webhook = collections.webhooks().flatMap(c -> "DELIVERED".equals(status)
                ? Mono.from(c.updateOne(eq("_id", webhookId), Updates.combine(Updates.set("status", ACTIVE),
                        Updates.set("consecutiveFailures", 0), Updates.set("lastDeliveryAt", now()))))
                : Mono.from(c.findOneAndUpdate(eq("_id", webhookId), Updates.combine(
                        Updates.inc("consecutiveFailures", 1), Updates.set("lastDeliveryAt", now()))))
                        .flatMap(before -> {
                            int failures = before.get("consecutiveFailures") instanceof Number n ? n.intValue() + 1 : 1;
                            return failures >= failingAfter
                                    ? Mono.from(c.updateOne(eq("_id", webhookId), Updates.set("status", FAILING)))
                                    : Mono.empty();
                        })).then();
        return delivery.then(webhook);
    }

    Flux<DeliveryView> deliveries(String webhookId) {
        return collections.deliveries().flatMapMany(c -> Flux.from(c.find(eq("webhookId", webhookId))
                        .sort(Sorts.descending("createdAt")).limit(DELIVERIES_SHOWN)))
                .map(d -> new DeliveryView(d.getString("_id"), d.getString("webhookId"), d.getString("articleId"),
                        d.getString("status"), d.get("attempts") instanceof Number n ? n.intValue() : 0,
                        d.get("lastStatusCode") instanceof Number n ? n.intValue() : null, d.getString("lastError"),
                        instant(d, "createdAt"), instant(d, "updatedAt")));
    }

    static WebhookView view(Document d, boolean withSecret) {
        Document filter = d.get("filter", Document.class);
        return new WebhookView(d.getString("_id"), d.getString("url"), filter == null ? java.util.Map.of() : filter,
                d.getString("status"), d.get("consecutiveFailures") instanceof Number n ? n.intValue() : 0,
                withSecret ? d.getString("secret") : null, instant(d, "createdAt"), instant(d, "lastDeliveryAt"));
    }

    private Date now() {
        return new Date(clock.millis());
    }

    private static java.time.Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

}
