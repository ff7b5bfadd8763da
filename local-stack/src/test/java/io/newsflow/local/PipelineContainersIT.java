package io.newsflow.local;

import java.nio.file.Files;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same pipeline scenarios against the production images (apache/kafka, mongo), on machines with
 * Docker. Skipped, and reported as skipped, where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineContainersIT extends PipelineScenarios {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Override
    protected LocalStack startStack() throws Exception {
        return LocalStack.start(LocalStackSettings.forTests(Files.createTempDirectory("newsflow-tc"), "test-token")
                .withExternal(KAFKA.getBootstrapServers(), MONGO.getReplicaSetUrl("newsflow")));
    }
}
