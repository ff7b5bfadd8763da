package io.newsflow.enricher;

import io.newsflow.enricher.corpus.CorpusFields;
import io.newsflow.enricher.corpus.DocumentFrequencies;
import io.newsflow.enricher.corpus.EmbeddedText;
import io.newsflow.enricher.corpus.Embeddings;
import io.newsflow.enricher.corpus.PhraseFrequencies;
import io.newsflow.enricher.corpus.RelatedFinder;
import io.newsflow.enricher.corpus.TopicProfile;
import io.newsflow.enricher.embedding.SentenceEmbedder;
import io.newsflow.enricher.topic.TopicClassifier;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The articles that related articles and keyword statistics are drawn from: a Lucene index, in memory or
 * in a directory ({@link #open(Path)}: kept across restarts with what the caller {@link #commit commits}
 * alongside, such as how far it has read its source, so a restart neither re-reads nor re-embeds the
 * corpus). Thread-safe: documents may be added from one thread while others query. An added
 * document is visible to the next query (the searcher is refreshed lazily, so bulk loading stays fast).
 * Adding a document that is already indexed unchanged costs a hash and a lookup, not a write: enrich-service
 * indexes each article when it enriches it and again when its corpus feed reads it.
 */
public final class CorpusIndex implements Closeable {

    /**
     * Indexing buffer before a segment is flushed; larger buffers index faster but hold more heap
     * (this is the index writer's only large allocation).
     */
    private static final double RAM_BUFFER_MB = 32;

    private final Directory directory;
    private final Analyzer analyzer = CorpusFields.newAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Count of writes so far; a query first makes every write counted before it visible. */
    private final AtomicLong writes = new AtomicLong();
    private final Object refreshLock = new Object();
    private volatile long visibleWrites;
    private final TopicProfile topics = new TopicProfile(new TopicClassifier());
    private final RelatedFinder relatedFinder;
    private final Embeddings embeddings = new Embeddings(SentenceEmbedder.shared());
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    private final PhraseFrequencies phraseFrequencies = new PhraseFrequencies(analyzer);

    /** What was indexed for an id: its fingerprint and the distinct terms of its text. */
    private record Indexed(long fingerprint, Set<String> terms) {
    }

    /**
     * Documents added most recently, by id; entries go when the id is removed. Catches a second add of the
     * same document before a refresh makes the first visible, and knows which terms a replaced or removed
     * document held before the index can tell.
     */
    private final Map<String, Indexed> recentlyAdded = new ConcurrentHashMap<>();

    /**
     * Recent additions remembered at most; past this the index is refreshed and the memory emptied, after
     * which an unchanged document is recognised from its stored fingerprint and its terms from its term vector.
     */
    private static final int MAX_RECENT = 4_096;

    /** Changes to one id are serialised (its old terms are read, then replaced); ids hash onto these locks. */
    private final Object[] idLocks = new Object[64];

    /** What the last commit recorded besides the documents (empty for a new index). */
    private final Map<String, String> committed;

    private CorpusIndex(Directory directory, RelatedWeights weights) throws IOException {
        this.relatedFinder = new RelatedFinder(analyzer, topics, weights, frequencies);
        for (int i = 0; i < idLocks.length; i++) {
            idLocks[i] = new Object();
        }
        this.directory = directory;
        // CREATE_OR_APPEND (the default): a directory's documents are kept
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(RAM_BUFFER_MB));
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> opened = writer.getLiveCommitData();   // the opened commit's
        if (opened != null) {
            opened.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        this.committed = Map.copyOf(data);
        this.searchers = new SearcherManager(writer, null);
        withCurrentSearcher(searcher -> {   // an index read from disk: the counts of its terms
            frequencies.load(searcher.getIndexReader());
            return null;
        });
    }

    /** An empty index held in the heap (ByteBuffersDirectory). */
    public static CorpusIndex inMemory() {
        return inMemory(RelatedWeights.DEFAULT);
    }

    /** An empty index held in the heap, ranking related documents with other weights. */
    public static CorpusIndex inMemory(RelatedWeights weights) {
        try {
            return new CorpusIndex(new ByteBuffersDirectory(), weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the corpus index", e);
        }
    }

    /**
     * The index in {@code dir} (created when missing): its documents, embeddings included, are read from
     * disk, not recomputed. One process at a time: a directory another process has open fails with
     * Lucene's {@code LockObtainFailedException}.
     */
    public static CorpusIndex open(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new CorpusIndex(directory, RelatedWeights.DEFAULT);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Makes every document added so far durable, with {@code data} (for example how far the source has
     * been read) recorded with them; {@link #committedData()} returns it after a restart. Documents added
     * while this runs may be included: record a position no later than the documents it covers.
     */
    public void commit(Map<String, String> data) {
        try {
            writer.setLiveCommitData(new HashMap<>(data).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the corpus index", e);
        }
    }

    /** Whether the index is kept in a directory ({@link #open(Path)}), not in memory. */
    public boolean onDisk() {
        return directory instanceof FSDirectory;
    }

    /** The data of the commit the index was opened at; empty for a new or in-memory index. */
    public Map<String, String> committedData() {
        return committed;
    }

    /** Removes every document (the source the index mirrors was replaced). */
    public void clear() {
        try {
            writer.deleteAll();
            recentlyAdded.clear();
            frequencies.clear();
            writes.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the corpus index", e);
        }
    }

    /** Adds the document, or replaces the one with the same id; nothing to do when it is indexed unchanged. */
    public void add(Document doc) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(doc.id(), "doc.id");
        long fingerprint = CorpusFields.fingerprint(doc);
        synchronized (lockFor(doc.id())) {
            Indexed indexed = null;
            try {
                if (isIndexed(doc.id(), fingerprint)) {
                    embeddings.discard(doc.id());
                    return;
                }
                if (recentlyAdded.size() >= MAX_RECENT) {
                    makeWritesVisible();   // what the memory knew, the index now tells
                    recentlyAdded.clear();
                }
                Set<String> before = termsIndexed(doc.id());
                indexed = new Indexed(fingerprint, DocumentFrequencies.termsOf(analyzer, CorpusFields.textOf(doc)));
                // noted before the write and forgotten after a delete, so a concurrent remove never leaves it noted
                recentlyAdded.put(doc.id(), indexed);
                EmbeddedText embedding = withCurrentSearcher(searcher -> embeddings.forIndexing(doc, searcher));
                writer.updateDocument(new Term(CorpusFields.ID, doc.id()),
                        CorpusFields.toLucene(doc, topics.encoded(doc), embedding));
                writes.incrementAndGet();
                frequencies.changed(before, indexed.terms());
            } catch (IOException | RuntimeException e) {
                if (indexed != null) {
                    recentlyAdded.remove(doc.id(), indexed);
                }
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new UncheckedIOException("cannot index document " + doc.id(), (IOException) e);
            }
        }
    }

    private Object lockFor(String id) {
        return idLocks[Math.floorMod(id.hashCode(), idLocks.length)];
    }

    /** The distinct terms the index holds for an id now (none when it holds no such document). */
    private Set<String> termsIndexed(String id) throws IOException {
        Indexed recent = recentlyAdded.get(id);
        if (recent != null) {
            return recent.terms();
        }
        return withCurrentSearcher(searcher -> {
            TopDocs hits = searcher.search(new TermQuery(new Term(CorpusFields.ID, id)), 1);
            return hits.scoreDocs.length == 0 ? Set.<String>of()
                    : DocumentFrequencies.termsOf(searcher.getIndexReader(), hits.scoreDocs[0].doc);
        });
    }

    /**
     * Whether the index holds exactly this document: added recently, or stored with this fingerprint in a
     * searcher that shows every write so far (a stale one could still show a document removed since).
     */
    private boolean isIndexed(String id, long fingerprint) throws IOException {
        Indexed recent = recentlyAdded.get(id);
        if (recent != null) {
            return recent.fingerprint() == fingerprint;
        }
        if (visibleWrites != writes.get()) {
            return false;
        }
        return withCurrentSearcher(searcher -> {
            TopDocs hits = searcher.search(new TermQuery(new Term(CorpusFields.ID, id)), 1);
            if (hits.scoreDocs.length == 0) {
                return false;
            }
            IndexableField stored = searcher.storedFields().document(hits.scoreDocs[0].doc, Set.of(CorpusFields.FINGERPRINT))
                    .getField(CorpusFields.FINGERPRINT);
            return stored != null && stored.numericValue().longValue() == fingerprint;
        });
    }

    public void remove(String id) {
        synchronized (lockFor(id)) {
            try {
                Set<String> before = termsIndexed(id);
                writer.deleteDocuments(new Term(CorpusFields.ID, id));
                recentlyAdded.remove(id);
                writes.incrementAndGet();
                frequencies.changed(before, Set.of());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove document " + id, e);
            }
        }
    }

    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** The k corpus documents most like {@code doc} (never doc itself), best first, scores in [0, 1]. */
    public List<Related> related(Document doc, int k) {
        Objects.requireNonNull(doc, "doc");
        return withSearcher(searcher -> relatedFinder.find(searcher, doc, embeddings.forQuery(doc, searcher), k));
    }

    /** As {@link #related(Document, int)}, ranked with other weights (to compare them on one index). */
    public List<Related> related(Document doc, int k, RelatedWeights weights) {
        Objects.requireNonNull(doc, "doc");
        return withSearcher(searcher -> relatedFinder.find(searcher, doc, embeddings.forQuery(doc, searcher), k, weights));
    }

    /**
     * For each phrase, about how many corpus documents contain it: for one word its exact document
     * frequency (stemmed), for several the geometric mean of theirs.
     */
    public int[] documentFrequencies(List<String> phrases) {
        return phraseFrequencies.count(frequencies, phrases);
    }

    private interface SearcherTask<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherTask<T> task) {
        try {
            makeWritesVisible();
            IndexSearcher searcher = searchers.acquire();
            try {
                return task.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("corpus index query failed", e);
        }
    }

    /** The searcher as it is, without making recent writes visible (for shortcuts that may miss). */
    private <T> T withCurrentSearcher(SearcherTask<T> task) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return task.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    private void makeWritesVisible() throws IOException {
        long target = writes.get();
        if (visibleWrites < target) {
            synchronized (refreshLock) {
                if (visibleWrites < target) {
                    searchers.maybeRefreshBlocking();
                    visibleWrites = target;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
