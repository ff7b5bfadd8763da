package io.newsflow.enricher.corpus;

import io.newsflow.enricher.Document;
import io.newsflow.enricher.Related;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Related documents: Lucene more-like-this picks candidates from the whole corpus, then each is scored
 * by the cosine of TF-IDF vectors, which lies in [0, 1] and compares across queries (raw more-like-this
 * scores do not).
 */
public final class RelatedFinder {

    /** Candidates rescored per requested result: enough for the cosine to reorder the more-like-this list. */
    private static final int CANDIDATES_PER_RESULT = 4;

    /** At least this many candidates, so a small k still sees past more-like-this's first guesses. */
    private static final int MIN_CANDIDATES = 20;

    /** Terms of the query document used by more-like-this: its distinctive vocabulary, not every word. */
    private static final int MAX_QUERY_TERMS = 40;

    /** Shorter stems are mostly noise ("u", "s" from "U.S."). */
    private static final int MIN_WORD_LENGTH = 3;

    private final Analyzer analyzer;

    public RelatedFinder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public List<Related> find(IndexSearcher searcher, Document doc, int k) throws IOException {
        if (k <= 0 || searcher.getIndexReader().numDocs() == 0) {
            return List.of();
        }
        String text = CorpusFields.textOf(doc);
        boolean indexed = searcher.count(new TermQuery(new Term(CorpusFields.ID, doc.id()))) > 0;
        Query like = moreLikeThis(searcher, text, indexed);
        if (like == null) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(CorpusFields.ID, doc.id())), BooleanClause.Occur.MUST_NOT)
                .build();
        ScoreDoc[] hits = searcher.search(query, Math.max(MIN_CANDIDATES, k * CANDIDATES_PER_RESULT)).scoreDocs;
        TermWeights weights = new TermWeights(searcher.getIndexReader());
        Map<String, Double> queryVector = weights.ofText(analyzer, text);
        List<Related> related = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            double score = TermWeights.cosine(queryVector, weights.ofDocument(hit.doc));
            if (score > 0) {
                org.apache.lucene.document.Document stored = searcher.storedFields().document(hit.doc);
                related.add(new Related(stored.get(CorpusFields.ID), stored.get(CorpusFields.URL),
                        stored.get(CorpusFields.TITLE), score));
            }
        }
        related.sort(Comparator.comparingDouble(Related::score).reversed());
        return related.size() > k ? List.copyOf(related.subList(0, k)) : related;
    }

    /**
     * When the document is itself indexed, a term found in one document is found only in it: such terms
     * would fill the query and match nothing else, so they are left out.
     */
    private Query moreLikeThis(IndexSearcher searcher, String text, boolean indexed) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {CorpusFields.TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(indexed ? 2 : 1);
        mlt.setMinWordLen(MIN_WORD_LENGTH);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        mlt.setBoost(true);
        Query query = mlt.like(CorpusFields.TEXT, new StringReader(text));
        return query instanceof BooleanQuery bq && bq.clauses().isEmpty() ? null : query;
    }
}
