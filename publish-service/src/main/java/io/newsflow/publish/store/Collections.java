package io.newsflow.publish.store;

import com.mongodb.MongoException;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The collections of the service, as raw BSON documents: the documents are shaped for reading
 * and written with explicit conditional updates, which an object mapper would only obscure.
 */
@Component
public class Collections {

    /** Enriched articles, {@code _id} = article id. */
    public static final String ARTICLES = "articles";
    /** Submissions and their status history, {@code _id} = submission id. */
    public static final String SUBMISSIONS = "submissions";
    /** Related links that arrived before their article, {@code _id} = article id. */
    public static final String PENDING_RELATED = "pending_related";
    /** Webhook subscriptions. */
    public static final String WEBHOOKS = "webhooks";
    /** Webhook deliveries, one per (webhook, article revision). */
    public static final String WEBHOOK_DELIVERIES = "webhook_deliveries";

    /** MongoDB's error code for a unique index violation (also the embedded server's). */
    private static final int DUPLICATE_KEY = 11000;

    private final ReactiveMongoTemplate template;

    public Collections(ReactiveMongoTemplate template) {
        this.template = template;
    }

    public Mono<MongoCollection<Document>> articles() {
        return template.getCollection(ARTICLES);
    }

    public Mono<MongoCollection<Document>> submissions() {
        return template.getCollection(SUBMISSIONS);
    }

    public Mono<MongoCollection<Document>> pending() {
        return template.getCollection(PENDING_RELATED);
    }

    public Mono<MongoCollection<Document>> webhooks() {
        return template.getCollection(WEBHOOKS);
    }

    public Mono<MongoCollection<Document>> deliveries() {
        return template.getCollection(WEBHOOK_DELIVERIES);
    }

    /** True when the error is a duplicate key: a conditional upsert found the document but not its condition. */
    public static boolean isDuplicateKey(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoException mongo && mongo.getCode() == DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
