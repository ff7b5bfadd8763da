package io.newsflow.publish.store;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The embedded MongoDB-wire-compatible server (memory backend) on a random loopback port, for tests.
 * Either started by hand ({@link #start()}, closed by the caller) or registered on a test class
 * ({@code @RegisterExtension static final EmbeddedMongo mongo = EmbeddedMongo.perClass();}), which
 * starts it before the class's tests and stops it after them.
 */
public final class EmbeddedMongo implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private MongoServer server;
    private String connectionString;
    private MongoClient client;

    private EmbeddedMongo() {
    }

    public static EmbeddedMongo start() {
        EmbeddedMongo mongo = new EmbeddedMongo();
        mongo.bind();
        return mongo;
    }

    /** A server started before the tests of the class that registers it, and stopped after them. */
    public static EmbeddedMongo perClass() {
        return new EmbeddedMongo();
    }

    private synchronized void bind() {
        server = new MongoServer(new MemoryBackend());
        connectionString = server.bindAndGetConnectionString();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        bind();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
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
            client = null;
        }
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }
}
