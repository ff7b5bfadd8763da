package io.newsflow.publish.store;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * MongoDB health by the {@code ping} command. Replaces Boot's indicator (same bean name), which asks
 * {@code hello}: the embedded Mongo-compatible server of the local stack does not know that command
 * and the service would report itself down while its store works. {@code ping} works on both.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ReactiveMongoTemplate template;

    MongoPingHealthIndicator(ReactiveMongoTemplate template) {
        super("MongoDB ping failed");
        this.template = template;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return template.executeCommand(new Document("ping", 1)).map(answer -> builder.up().build());
    }
}
