package io.newsflow.enricher.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * TF-IDF vectors of texts and indexed documents over one reader, for cosine similarity. Document
 * frequencies are looked up once per term and cached for the life of this object (one query).
 */
final class TermWeights {

    private final IndexReader reader;
    private final int docCount;
    private final Map<String, Double> idfCache = new HashMap<>();

    TermWeights(IndexReader reader) {
        this.reader = reader;
        this.docCount = Math.max(1, reader.numDocs());
    }

    /** Unit-length TF-IDF vector of an unindexed text, analysed as the text field is. */
    Map<String, Double> ofText(Analyzer analyzer, String text) {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream(CorpusFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private double idf(String term) {
        return idfCache.computeIfAbsent(term, t -> {
            try {
                int df = reader.docFreq(new Term(CorpusFields.TEXT, t));
                return Math.log((docCount + 1.0) / (df + 1.0)) + 1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Map<String, Double> normalise(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            vector.replaceAll((t, v) -> v / norm);
        }
        return vector;
    }
}
