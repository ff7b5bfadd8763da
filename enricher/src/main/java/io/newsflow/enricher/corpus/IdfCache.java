package io.newsflow.enricher.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Document frequencies of the text field's terms, shared by all queries. Looking a term up in the
 * index costs a seek per segment, and rescoring related candidates needs thousands per query; term
 * statistics of a news corpus move slowly, so values are kept until the corpus has changed size by
 * more than {@link #REFRESH_FRACTION}. Thread-safe.
 */
final class IdfCache {

    /** Corpus growth (or shrinkage) after which all cached values are dropped: 1% moves an idf by at most 0.01. */
    static final double REFRESH_FRACTION = 0.01;

    /** Small corpora change shape with every document: below this size nothing is kept between queries. */
    static final int MIN_CACHED_CORPUS = 1_000;

    /** Term -> document frequency; idf is derived from it and the corpus size of the query. */
    private final ConcurrentHashMap<String, Integer> values = new ConcurrentHashMap<>();
    private volatile int cachedFor = -1;

    /** A view for one query over one reader. */
    View on(IndexReader reader) {
        int docs = reader.numDocs();
        if (docs < MIN_CACHED_CORPUS || Math.abs(docs - cachedFor) > cachedFor * REFRESH_FRACTION) {
            values.clear();
            cachedFor = docs;
        }
        return new View(reader, docs >= MIN_CACHED_CORPUS ? values : new ConcurrentHashMap<>());
    }

    static final class View {
        private final IndexReader reader;
        private final int docCount;
        private final ConcurrentHashMap<String, Integer> values;

        private View(IndexReader reader, ConcurrentHashMap<String, Integer> values) {
            this.reader = reader;
            this.docCount = Math.max(1, reader.numDocs());
            this.values = values;
        }

        double idf(String term) {
            return Math.log((docCount + 1.0) / (docFreq(term) + 1.0)) + 1;
        }

        int docFreq(String term) {
            Integer cached = values.get(term);
            if (cached != null) {
                return cached;
            }
            try {
                int df = reader.docFreq(new Term(CorpusFields.TEXT, term));
                values.put(term, df);
                return df;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
