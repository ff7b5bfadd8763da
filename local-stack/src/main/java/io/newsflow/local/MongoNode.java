package io.newsflow.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-compatible server in this JVM (mongo-java-server): the services use the official
 * reactive driver against it unchanged. Its H2 backend keeps data on disk; the oplog is on so change
 * streams work. Limits versus real MongoDB: no $text, no transactions, no TTL expiry.
 */
final class MongoNode implements AutoCloseable {

    private final MongoServer server;
    private final MongoBackend backend;
    private final InetSocketAddress address;

    private MongoNode(MongoServer server, MongoBackend backend, InetSocketAddress address) {
        this.server = server;
        this.backend = backend;
        this.address = address;
    }

    static MongoNode start(Path dataDir, int port, boolean persistent) throws Exception {
        MongoBackend backend;
        if (persistent) {
            Files.createDirectories(dataDir);
            backend = new H2Backend(dataDir.resolve("newsflow.mv").toString());
        } else {
            backend = new MemoryBackend();
        }
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        server.bind("127.0.0.1", port);
        return new MongoNode(server, backend, server.getLocalAddress());
    }

    int port() {
        return address.getPort();
    }

    String uri(String database) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    @Override
    public void close() {
        server.shutdown();
        backend.close();
    }
}
