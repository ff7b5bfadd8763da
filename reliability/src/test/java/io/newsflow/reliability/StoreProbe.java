package io.newsflow.reliability;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads publish-service's store directly, to check what the API cannot show: how often a thing is stored. */
final class StoreProbe implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final MongoClient client;
    private final String database;

    StoreProbe(String uri) {
        this.client = MongoClients.create(uri);
        this.database = uri.substring(uri.lastIndexOf('/') + 1);
    }

    private MongoCollection<Document> collection(String name) {
        return client.getDatabase(database).getCollection(name);
    }

    long count(String collection) {
        return Mono.from(collection(collection).countDocuments()).block(TIMEOUT);
    }

    /** Article documents per URL, for the URLs stored more than once (must be none). */
    Map<String, Integer> articlesStoredMoreThanOnce() {
        List<Document> articles = Flux.from(collection("articles").find().projection(new Document("url", 1)))
                .collectList().block(TIMEOUT);
        return articles.stream().collect(Collectors.groupingBy(doc -> String.valueOf(doc.get("url")),
                        Collectors.summingInt(doc -> 1)))
                .entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void close() {
        client.close();
    }
}
