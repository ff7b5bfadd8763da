package io.newsflow.enricher.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * TF-IDF vectors of texts and indexed documents over one reader, for cosine similarity.
 */
final class TermWeights {

    /** Shorter stems are mostly noise ("u", "s" from "U.S."); more-like-this leaves them out of queries. */
    private static final int MIN_TERM_LENGTH = 3;

    private final IndexReader reader;
    private final DocumentFrequencies frequencies;
    private final int docCount;

    TermWeights(IndexReader reader, DocumentFrequencies frequencies) {
        this.reader = reader;
        this.frequencies = frequencies;
        this.docCount = Math.max(1, reader.numDocs());
    }

    /**
     * The more-like-this query of a vector: its most distinctive terms (highest TF-IDF, at least
     * {@code minDocFreq} documents in the corpus), each boosted by its weight relative to the best, as
     * Lucene's MoreLikeThis builds it; the vector already holds the weights, so no term is looked up twice.
     */
    Query moreLikeThis(Map<String, Double> vector, int maxTerms, int minDocFreq) {
        List<Map.Entry<String, Double>> terms = new ArrayList<>();
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            if (e.getKey().length() >= MIN_TERM_LENGTH && frequencies.get(e.getKey()) >= minDocFreq) {
                terms.add(e);
            }
        }
        terms.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        double best = terms.isEmpty() ? 1 : terms.get(0).getValue();
        for (Map.Entry<String, Double> e : terms.subList(0, Math.min(maxTerms, terms.size()))) {
            Query term = new TermQuery(new Term(CorpusFields.TEXT, e.getKey()));
            query.add(new BoostQuery(term, (float) (e.getValue() / best)), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** Unit-length TF-IDF vector of an unindexed text, analysed as the text field is. */
    Map<String, Double> ofText(Analyzer analyzer, String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String term : CorpusFields.terms(analyzer, text)) {
            counts.merge(term, 1, Integer::sum);
        }
        Map<String, Double> vector = new HashMap<>();
        counts.forEach((t, tf) -> vector.put(t, weight(tf, t)));
        return normalise(vector);
    }

    /** Unit-length TF-IDF vector of an indexed document, from its term vector. */
    Map<String, Double> ofDocument(int docId) throws IOException {
        Map<String, Double> vector = new HashMap<>();
        Terms terms = reader.termVectors().get(docId, CorpusFields.TEXT);
        if (terms == null) {
            return vector;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef bytes = it.next(); bytes != null; bytes = it.next()) {
            String t = bytes.utf8ToString();
            vector.put(t, weight(it.totalTermFreq(), t));
        }
        return normalise(vector);
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return Math.max(0, Math.min(1, dot));
    }

    /** Sublinear term frequency: the tenth "Ukraine" says less than the second. */
    private double weight(long tf, String term) {
        return (1 + Math.log(tf)) * idf(term);
    }

    /** Smoothed inverse document frequency, as Lucene's classic similarity. */
    private double idf(String term) {
        return Math.log((docCount + 1.0) / (frequencies.get(term) + 1.0)) + 1;
    }

    private static Map<String, Double> normalise(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            vector.replaceAll((t, v) -> v / norm);
        }
        return vector;
    }
}
