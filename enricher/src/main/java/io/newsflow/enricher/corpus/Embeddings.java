package io.newsflow.enricher.corpus;

import io.newsflow.enricher.Document;
import io.newsflow.enricher.embedding.QuantizedVector;
import io.newsflow.enricher.embedding.SentenceEmbedder;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Sentence embeddings of corpus documents, computed once per text: embedding costs more than the rest of
 * indexing, and a service first asks for an article's related articles, then indexes it (and its corpus
 * feed indexes it again). A vector already in the index for the same text is reused, and the vector of a
 * document queried but not yet indexed is kept until it is indexed.
 */
public final class Embeddings {

    /**
     * Vectors of queried, not yet indexed documents held at most; past this (documents queried and never
     * indexed) the holding is emptied, which only costs re-embedding.
     */
    private static final int MAX_PENDING = 1_024;

    private final SentenceEmbedder embedder;
    private final Map<String, EmbeddedText> pending = new ConcurrentHashMap<>();

    public Embeddings(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** The vector of a document about to be queried; kept for its indexing. */
    public EmbeddedText forQuery(Document doc, IndexSearcher searcher) throws IOException {
        EmbeddedText embedded = find(doc, searcher);
        if (pending.size() >= MAX_PENDING) {
            pending.clear();
        }
        pending.put(doc.id(), embedded);
        return embedded;
    }

    /** Forgets the vector held for a queried document that needs no indexing (it is indexed unchanged). */
    public void discard(String id) {
        pending.remove(id);
    }

    /** The vector of a document about to be indexed ({@code searcher} may be stale: it is only a shortcut). */
    public EmbeddedText forIndexing(Document doc, IndexSearcher searcher) throws IOException {
        return find(doc, searcher);
    }

    private EmbeddedText find(Document doc, IndexSearcher searcher) throws IOException {
        String input = SentenceEmbedder.input(doc.title(), doc.body());
        int hash = input.hashCode();
        EmbeddedText held = pending.remove(doc.id());
        if (held != null && held.textHash() == hash) {
            return held;
        }
        EmbeddedText stored = stored(doc.id(), searcher);
        if (stored != null && stored.textHash() == hash) {
            return stored;
        }
        return new EmbeddedText(QuantizedVector.of(embedder.embed(input)), hash);
    }

    private static EmbeddedText stored(String id, IndexSearcher searcher) throws IOException {
        if (searcher == null || id == null) {
            return null;
        }
        TopDocs hits = searcher.search(new TermQuery(new Term(CorpusFields.ID, id)), 1);
        if (hits.scoreDocs.length == 0) {
            return null;
        }
        org.apache.lucene.document.Document doc = searcher.storedFields().document(hits.scoreDocs[0].doc);
        if (doc.getBinaryValue(CorpusFields.EMBEDDING_STORED) == null || doc.getField(CorpusFields.EMBEDDED_TEXT_HASH) == null) {
            return null;
        }
        BytesRef vector = doc.getBinaryValue(CorpusFields.EMBEDDING_STORED);
        return new EmbeddedText(Arrays.copyOfRange(vector.bytes, vector.offset, vector.offset + vector.length),
                doc.getField(CorpusFields.EMBEDDED_TEXT_HASH).numericValue().intValue());
    }
}
