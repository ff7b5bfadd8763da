package io.newsflow.publish;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same API scenarios on real MongoDB (the {@code mongo} image); skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class ArticleApiContainersIT extends ArticleApiScenarios {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("newsflow-api-it"));
    }
}
