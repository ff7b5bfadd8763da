package io.newsflow.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import io.newsflow.local.store.IndexedLookupBackends;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-compatible server in this JVM (mongo-java-server): the services use the official
 * reactive driver against it unchanged. Its H2 backend keeps data on disk; unique indexes also serve queries
 * that add conditions to their keys ({@link IndexedLookupBackends}). No oplog: no service uses change streams,
 * and mongo-java-server's oplog is a collection that grows by one document per write, never trimmed (under
 * load its inserts were 40 % of the server's CPU). Limits versus real MongoDB: no $text, no transactions, no
 * TTL expiry, no change streams.
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
            backend = IndexedLookupBackends.h2(dataDir.resolve("newsflow.mv").toString());
        } else {
            backend = IndexedLookupBackends.memory();
        }
        MongoServer server = new MongoServer(backend);
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
