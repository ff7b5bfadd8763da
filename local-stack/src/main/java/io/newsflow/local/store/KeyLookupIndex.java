package io.newsflow.local.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import java.util.List;

/**
 * A unique index of the embedded server that also serves queries adding conditions to its keys.
 *
 * <p>mongo-java-server 1.47 uses an index only when a query names exactly the index's keys: {@code {_id: x}}
 * is a lookup, but {@code {_id: x, state: {$nin: [...]}}} or {@code {$and: [{_id: x}, ...]}} reads and decodes
 * every document of the collection. The services' conditional writes (a revision check on replace, "unless
 * recorded" on a status append, a version check on a related-links update) all look like the latter, so on
 * the developer stack each status event and each link cost a full scan, growing with the store; real MongoDB
 * answers them from the {@code _id} index.
 *
 * <p>This index takes from such a query the keys' values (top level, or a top-level {@code $and}'s
 * members), asks the wrapped index for their documents, and lets the collection match the whole query on
 * those candidates as it does for any index lookup. A document that matches the query holds these key
 * values, so the candidates contain every match: results are unchanged, only the scan is gone. Everything
 * else (uniqueness checks, maintenance, storage) is the wrapped index's.
 */
final class KeyLookupIndex<P> extends Index<P> {

    private static final String AND = "$and";

    private final Index<P> index;

    KeyLookupIndex(Index<P> index, boolean sparse) {
        super(index.getName(), index.getKeys(), sparse);
        this.index = index;
    }

    @Override
    public boolean canHandle(Document query) {
        if (index.canHandle(query)) {
            return true;
        }
        Document keys = keyValues(query);
        return keys != null && index.canHandle(keys);
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return index.canHandle(query) ? index.getPositions(query) : index.getPositions(keyValues(query));
    }

    /** The index keys' values the query pins, or null when it does not pin all of them. */
    private Document keyValues(Document query) {
        Document keys = new Document();
        for (String key : keySet()) {
            Object value = pinned(query, key);
            if (value == null) {
                return null;
            }
            keys.put(key, value);
        }
        return keys;
    }

    private static Object pinned(Document query, String key) {
        if (query.containsKey(key)) {
            return query.get(key);
        }
        if (query.get(AND) instanceof List<?> members) {
            for (Object member : members) {
                if (member instanceof Document condition && condition.containsKey(key)) {
                    return condition.get(key);
                }
            }
        }
        return null;
    }

    @Override
    public P getPosition(Document document) {
        return index.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        index.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        index.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return index.remove(document);
    }

    @Override
    public long getCount() {
        return index.getCount();
    }

    @Override
    public boolean isEmpty() {
        return index.isEmpty();
    }

    @Override
    public long getDataSize() {
        return index.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        index.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
            throws KeyConstraintError {
        index.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        index.drop();
    }

    @Override
    public boolean isUnique() {
        return index.isUnique();
    }
}
