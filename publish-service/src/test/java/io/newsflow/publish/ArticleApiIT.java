package io.newsflow.publish;

import io.newsflow.publish.store.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API scenarios on the embedded MongoDB-compatible server (mongo-java-server, memory backend). */
class ArticleApiIT extends ArticleApiScenarios {

    private static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("newsflow-api-it"));
    }

    @AfterAll
    static void stopMongo() {
        MONGO.close();
    }
}
