package io.newsflow.enricher.corpus;

import io.newsflow.enricher.Document;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

/** How a corpus document is laid out in the Lucene index. */
public final class CorpusFields {

    public static final String ID = "id";
    public static final String URL = "url";
    public static final String TITLE = "title";
    /** Stored IPTC topic shares of the document, "code:share code:share", for topic agreement in ranking. */
    public static final String TOPICS = "topics";
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

    public static String textOf(Document doc) {
        String title = Objects.requireNonNullElse(doc.title(), "");
        String body = Objects.requireNonNullElse(doc.body(), "");
        return (title + "\n").repeat(TITLE_REPEATS) + body;
    }

    public static org.apache.lucene.document.Document toLucene(Document doc, String topics) {
        org.apache.lucene.document.Document lucene = new org.apache.lucene.document.Document();
        lucene.add(new StringField(ID, doc.id(), Field.Store.YES));
        if (doc.url() != null) {
            lucene.add(new StoredField(URL, doc.url()));
        }
        lucene.add(new StoredField(TITLE, Objects.requireNonNullElse(doc.title(), "")));
        lucene.add(new Field(TEXT, textOf(doc), TEXT_TYPE));
        lucene.add(new StoredField(TOPICS, topics));
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
