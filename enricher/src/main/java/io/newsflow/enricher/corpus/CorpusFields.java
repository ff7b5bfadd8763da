package io.newsflow.enricher.corpus;

import io.newsflow.enricher.Document;
import io.newsflow.enricher.embedding.QuantizedVector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;

/** How a corpus document is laid out in the Lucene index. */
public final class CorpusFields {

    public static final String ID = "id";
    public static final String URL = "url";
    public static final String TITLE = "title";
    /** Stored IPTC topic shares of the document, "code:share code:share", for topic agreement in ranking. */
    public static final String TOPICS = "topics";
    /** Sentence embedding of headline and lead, quantised ({@code QuantizedVector}), in an HNSW graph for nearest-neighbour candidates. */
    public static final String EMBEDDING = "embedding";
    /** The same vector stored, to score candidates found by words. */
    public static final String EMBEDDING_STORED = "embedding_bytes";
    /** Hash of the text the embedding was computed from, so an unchanged document is not embedded twice. */
    public static final String EMBEDDED_TEXT_HASH = "embedded_hash";
    /** {@link #fingerprint} of what was indexed, so indexing the same document again can be skipped. */
    public static final String FINGERPRINT = "fingerprint";
    /** Title and body, analysed (English stemming, stop words out), with term vectors for cosine similarity. */
    public static final String TEXT = "text";

    /**
     * The title is repeated in the text field: the headline states the subject, so its words should weigh
     * about as much as a paragraph that repeats them.
     */
    private static final int TITLE_REPEATS = 2;

    private static final FieldType TEXT_TYPE = textType();

    private CorpusFields() {
    }

    /** Shared and thread-safe (Lucene analyzers reuse per-thread components). */
    public static Analyzer newAnalyzer() {
        return new EnglishAnalyzer();
    }

    /** The terms of a text as the text field indexes them (analysed, stemmed), in order, repeats included. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    public static String textOf(Document doc) {
        String title = Objects.requireNonNullElse(doc.title(), "");
        String body = Objects.requireNonNullElse(doc.body(), "");
        return (title + "\n").repeat(TITLE_REPEATS) + body;
    }

    /**
     * 64-bit FNV-1a hash of everything the index keeps of a document (URL, title, body): equal for the same
     * document indexed twice, different (but for a 2^-64 chance) once any of them changed.
     */
    public static long fingerprint(Document doc) {
        long hash = 0xcbf29ce484222325L;
        for (String part : new String[] {doc.url(), doc.title(), doc.body()}) {
            String text = Objects.requireNonNullElse(part, "");
            for (int i = 0; i < text.length(); i++) {
                hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ (0x10000L + text.length())) * 0x100000001b3L;   // end of part: ("ab", "c") != ("a", "bc")
        }
        return hash;
    }

    public static org.apache.lucene.document.Document toLucene(Document doc, String topics, EmbeddedText embedding) {
        org.apache.lucene.document.Document lucene = new org.apache.lucene.document.Document();
        lucene.add(new StringField(ID, doc.id(), Field.Store.YES));
        lucene.add(new StoredField(FINGERPRINT, fingerprint(doc)));
        if (doc.url() != null) {
            lucene.add(new StoredField(URL, doc.url()));
        }
        lucene.add(new StoredField(TITLE, Objects.requireNonNullElse(doc.title(), "")));
        lucene.add(new Field(TEXT, textOf(doc), TEXT_TYPE));
        lucene.add(new StoredField(TOPICS, topics));
        lucene.add(new StoredField(EMBEDDING_STORED, embedding.vector()));
        lucene.add(new StoredField(EMBEDDED_TEXT_HASH, embedding.textHash()));
        if (!QuantizedVector.isZero(embedding.vector())) {   // cosine is undefined for an empty text's zero vector
            lucene.add(new KnnByteVectorField(EMBEDDING, embedding.vector(), VectorSimilarityFunction.COSINE));
        }
        return lucene;
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);   // no positions: nothing queries phrases, they cost heap
        type.setTokenized(true);
        type.setStored(false);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }
}
