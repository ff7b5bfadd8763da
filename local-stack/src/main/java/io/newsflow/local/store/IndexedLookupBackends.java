package io.newsflow.local.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;

/**
 * The embedded server's backends (H2 on disk, memory) with {@link KeyLookupIndex} around every unique
 * index, so conditional writes on {@code _id} are lookups as on real MongoDB, not collection scans.
 */
public final class IndexedLookupBackends {

    private IndexedLookupBackends() {
    }

    /** Documents in an H2 MVStore file. */
    public static MongoBackend h2(String fileName) {
        return new H2Backend(fileName) {
            @Override
            protected MongoDatabase openOrCreateDatabase(String databaseName) {
                return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
                    @Override
                    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                                    List<IndexKey> keys, boolean sparse) {
                        return new KeyLookupIndex<>(
                                super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
                    }
                };
            }
        };
    }

    /** Documents in memory. */
    public static MongoBackend memory() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String databaseName) {
                return new MemoryDatabase(databaseName, getCursorRegistry()) {
                    @Override
                    protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                                     List<IndexKey> keys, boolean sparse) {
                        return new KeyLookupIndex<>(
                                super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
                    }
                };
            }
        };
    }
}
