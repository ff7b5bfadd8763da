package io.newsflow.enricher.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;

/** How many corpus documents contain a phrase (exact, after stemming), for keyword specificity. */
public final class PhraseFrequencies {

    private final Analyzer analyzer;

    public PhraseFrequencies(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public int[] count(IndexSearcher searcher, List<String> phrases) throws IOException {
        int[] counts = new int[phrases.size()];
        for (int i = 0; i < phrases.size(); i++) {
            counts[i] = count(searcher, phrases.get(i));
        }
        return counts;
    }

    private int count(IndexSearcher searcher, String phrase) throws IOException {
        PhraseQuery.Builder builder = new PhraseQuery.Builder();
        List<Term> terms = new ArrayList<>();
        int position = -1;
        try (TokenStream stream = analyzer.tokenStream(CorpusFields.TEXT, phrase)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                Term t = new Term(CorpusFields.TEXT, term.toString());
                terms.add(t);
                builder.add(t, position);
            }
            stream.end();
        }
        if (terms.isEmpty()) {
            return 0;
        }
        if (terms.size() == 1) {
            return searcher.getIndexReader().docFreq(terms.get(0));
        }
        return searcher.count(builder.build());
    }
}
