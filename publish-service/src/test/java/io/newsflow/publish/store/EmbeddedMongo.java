package io.newsflow.publish.store;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The embedded MongoDB-wire-compatible server (memory backend) on a random loopback port, for tests. */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final String connectionString;
    private MongoClient client;

    private EmbeddedMongo() {
        server = new MongoServer(new MemoryBackend());
        connectionString = server.bindAndGetConnectionString();
    }

    public static EmbeddedMongo start() {
        return new EmbeddedMongo();
    }

    /** A URI naming the database, as {@code spring.mongodb.uri} takes it. */
    public String uri(String database) {
        return connectionString + "/" + database;
    }

    /** The service's collections on a database of this server. */
    public synchronized Collections collections(String database) {
        if (client == null) {
            client = MongoClients.create(connectionString);
        }
        return new Collections(new ReactiveMongoTemplate(client, database));
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
        server.shutdownNow();
    }
}
