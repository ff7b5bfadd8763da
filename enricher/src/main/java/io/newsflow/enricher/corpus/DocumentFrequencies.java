package io.newsflow.enricher.corpus;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * How many corpus documents hold each term of the text field, kept up to date as documents are added,
 * replaced and removed, so a lookup is one hash probe. Asking the index instead costs a seek in every
 * segment, and an index that a service refreshes after each article has dozens of small segments: rescoring
 * the related candidates of one article needs thousands of lookups (35 % of enrich-service's CPU under load,
 * JFR on the pipeline bench, when per-segment values were cached; more without).
 *
 * <p>Counts live documents only (Lucene's own {@code docFreq} counts deleted ones until they are merged away).
 * Thread-safe; a document's add and removal must not race with another change of the same document (the
 * caller serialises changes per id).
 */
public final class DocumentFrequencies {

    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

    /** Documents holding the term. */
    public int get(String term) {
        return counts.getOrDefault(term, 0);
    }

    /** Distinct terms known (for tests and sizing). */
    public int terms() {
        return counts.size();
    }

    /** A document changed from holding {@code before} to {@code after} (either empty: added, removed). */
    public void changed(Collection<String> before, Collection<String> after) {
        for (String term : before) {
            if (!after.contains(term)) {
                counts.computeIfPresent(term, (t, count) -> count > 1 ? count - 1 : null);
            }
        }
        for (String term : after) {
            if (!before.contains(term)) {
                counts.merge(term, 1, Integer::sum);
            }
        }
    }

    public void clear() {
        counts.clear();
    }

    /** Counts of an existing index (once, when it is opened): every term of every segment. */
    public void load(IndexReader reader) throws IOException {
        counts.clear();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(CorpusFields.TEXT);
            if (terms == null) {
                continue;
            }
            TermsEnum it = terms.iterator();
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                // deleted documents count until merged away, as in IndexReader.docFreq: an opened index has few
                counts.merge(term.utf8ToString(), it.docFreq(), Integer::sum);
            }
        }
    }

    /** The distinct terms the text field of a document holds, analysed as the index analyses it. */
    public static Set<String> termsOf(Analyzer analyzer, String text) {
        return new HashSet<>(CorpusFields.terms(analyzer, text));
    }

    /** The distinct terms of an indexed document, from its term vector; empty when it has none. */
    public static Set<String> termsOf(IndexReader reader, int docId) throws IOException {
        Set<String> terms = new HashSet<>();
        Terms vector = reader.termVectors().get(docId, CorpusFields.TEXT);
        if (vector != null) {
            TermsEnum it = vector.iterator();
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                terms.add(term.utf8ToString());
            }
        }
        return terms;
    }
}
