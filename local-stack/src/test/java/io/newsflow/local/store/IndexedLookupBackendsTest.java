package io.newsflow.local.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.nin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class IndexedLookupBackendsTest {

    @TempDir
    static Path dataDir;

    private MongoServer server;
    private MongoClient client;

    static Stream<String> backends() {
        return Stream.of("h2", "memory");
    }

    private MongoCollection<Document> collection(String backendName) {
        MongoBackend backend = backendName.equals("h2")
                ? IndexedLookupBackends.h2(dataDir.resolve(System.nanoTime() + ".mv").toString())
                : IndexedLookupBackends.memory();
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        MongoCollection<Document> collection = client.getDatabase("test").getCollection("submissions");
        Mono.from(collection.insertMany(IntStream.range(0, 50).mapToObj(i -> new Document("_id", "s" + i)
                .append("state", i % 2 == 0 ? "PUBLISHED" : "FETCHING").append("history", List.of("ACCEPTED")))
                .toList())).block();
        return collection;
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
            server.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aConditionalUpdateOnTheIdChangesOnlyThatDocumentAndOnlyWhenTheConditionHolds(String backend) {
        MongoCollection<Document> submissions = collection(backend);
        var notFinal = and(eq("_id", "s1"), nin("state", List.of("PUBLISHED", "FAILED")));

        assertThat(Mono.from(submissions.updateOne(notFinal, Updates.set("state", "PUBLISHED"))).block()
                .getModifiedCount()).isEqualTo(1);
        assertThat(Mono.from(submissions.updateOne(notFinal, Updates.set("state", "FAILED"))).block()
                .getMatchedCount()).isZero();

        assertThat(state(submissions, "s1")).isEqualTo("PUBLISHED");
        assertThat(Flux.from(submissions.find(eq("state", "FETCHING"))).count().block()).isEqualTo(24);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void anUpsertUnlessAlreadyRecordedInsertsOnceThenReportsTheDuplicateKey(String backend) {
        MongoCollection<Document> submissions = collection(backend);
        var unlessRecorded = and(eq("_id", "new"), ne("history", "ACCEPTED"));
        var append = Updates.push("history", "ACCEPTED");

        Mono.from(submissions.updateOne(unlessRecorded, append, new UpdateOptions().upsert(true))).block();

        assertThatThrownBy(() -> Mono.from(submissions.updateOne(unlessRecorded, append,
                new UpdateOptions().upsert(true))).block())
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThat(Mono.from(submissions.find(eq("_id", "new")).first()).block().getList("history", String.class))
                .containsExactly("ACCEPTED");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void queriesThatAddConditionsToTheIdFindWhatAFullScanFinds(String backend) {
        MongoCollection<Document> submissions = collection(backend);

        assertThat(Flux.from(submissions.find(and(eq("_id", "s2"), eq("state", "PUBLISHED")))).count().block())
                .isEqualTo(1);
        assertThat(Flux.from(submissions.find(and(eq("_id", "s2"), eq("state", "FETCHING")))).count().block())
                .isZero();
        assertThat(Flux.from(submissions.find(and(in("_id", "s3", "s4", "missing"), eq("state", "FETCHING"))))
                .map(document -> document.getString("_id")).collectList().block()).containsExactly("s3");
        assertThat(Flux.from(submissions.find(new Document("_id", "s5").append("state", "FETCHING"))).count().block())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aSecondUniqueIndexKeepsRejectingDuplicatesAndServesLookupsWithConditions(String backend) {
        MongoCollection<Document> submissions = collection(backend);
        Mono.from(submissions.createIndex(Indexes.ascending("url"), new IndexOptions().unique(true).sparse(true))).block();
        Mono.from(submissions.updateOne(eq("_id", "s6"), Updates.set("url", "https://example.org/a"))).block();

        assertThatThrownBy(() -> Mono.from(submissions.updateOne(eq("_id", "s8"),
                Updates.set("url", "https://example.org/a"))).block()).isInstanceOf(MongoWriteException.class);
        assertThat(Mono.from(submissions.find(and(eq("url", "https://example.org/a"), eq("state", "PUBLISHED")))
                .first()).block().getString("_id")).isEqualTo("s6");
    }

    @Test
    void theIndexAnswersQueriesThatPinItsKeysAndLeavesTheOthersToAScan() {
        var index = new KeyLookupIndex<>(new MemoryUniqueIndex("_id_", List.of(new IndexKey("_id", true)), false), false);

        assertThat(index.canHandle(doc("_id", "a"))).isTrue();
        assertThat(index.canHandle(doc("_id", "a").append("state", doc("$nin", List.of("X"))))).isTrue();
        assertThat(index.canHandle(doc("$and", List.of(doc("_id", "a"), doc("state", "X"))))).isTrue();
        assertThat(index.canHandle(doc("_id", doc("$in", List.of("a", "b"))).append("state", "X"))).isTrue();
        assertThat(index.canHandle(doc("state", "X"))).isFalse();
        assertThat(index.canHandle(doc("_id", doc("$ne", "a")).append("state", "X"))).isFalse();
        assertThat(index.canHandle(doc("$or", List.of(doc("_id", "a"), doc("state", "X"))))).isFalse();
    }

    private static de.bwaldvogel.mongo.bson.Document doc(String key, Object value) {
        return new de.bwaldvogel.mongo.bson.Document(key, value);
    }

    private static String state(MongoCollection<Document> collection, String id) {
        return Mono.from(collection.find(eq("_id", id)).first()).block().getString("state");
    }
}
