package io.newsflow.enricher.corpus;

import io.newsflow.enricher.Document;
import io.newsflow.enricher.Related;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Related documents: a more-like-this query (the document's most distinctive terms, as Lucene's
 * MoreLikeThis selects them, from a shared document-frequency cache) picks candidates from the corpus, then each is scored
 * by the cosine of TF-IDF vectors blended with the agreement of IPTC topics. Both lie in [0, 1] and
 * compare across queries (raw more-like-this scores do not).
 */
public final class RelatedFinder {

    /**
     * Candidates rescored per requested result: enough for the rescoring to reorder the more-like-this
     * list. Rescoring reads each candidate's term vector and is most of the cost of a query.
     */
    private static final int CANDIDATES_PER_RESULT = 3;

    /** At least this many candidates, so a small k still sees past more-like-this's first guesses. */
    private static final int MIN_CANDIDATES = 15;

    /**
     * Weight of topic agreement against word similarity. Stories on one subject share words; stories of
     * one section (sport, economy) often share few, and readers still take them as related. A quarter
     * keeps same-story matches first while lifting same-section ones above off-topic word overlap.
     */
    private static final double TOPIC_WEIGHT = 0.25;

    /**
     * Terms of the query document used by more-like-this: its distinctive vocabulary, not every word.
     * When the document is itself indexed, terms found in one document only are left out: they are its
     * own and would match nothing else.
     */
    private static final int MAX_QUERY_TERMS = 25;   // Lucene MoreLikeThis's default

    private final Analyzer analyzer;
    private final TopicProfile topics;
    private final IdfCache idfCache = new IdfCache();

    public RelatedFinder(Analyzer analyzer, TopicProfile topics) {
        this.analyzer = analyzer;
        this.topics = topics;
    }

    public List<Related> find(IndexSearcher searcher, Document doc, int k) throws IOException {
        if (k <= 0 || searcher.getIndexReader().numDocs() == 0) {
            return List.of();
        }
        boolean indexed = searcher.count(new TermQuery(new Term(CorpusFields.ID, doc.id()))) > 0;
        TermWeights weights = new TermWeights(searcher.getIndexReader(), idfCache.on(searcher.getIndexReader()));
        Map<String, Double> queryVector = weights.ofText(analyzer, CorpusFields.textOf(doc));
        Query like = weights.moreLikeThis(queryVector, MAX_QUERY_TERMS, indexed ? 2 : 1);
        if (like instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(CorpusFields.ID, doc.id())), BooleanClause.Occur.MUST_NOT)
                .build();
        ScoreDoc[] hits = searcher.search(query, Math.max(MIN_CANDIDATES, k * CANDIDATES_PER_RESULT)).scoreDocs;
        Map<String, Double> queryTopics = topics.of(doc);
        List<Related> related = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            double words = TermWeights.cosine(queryVector, weights.ofDocument(hit.doc));
            if (words > 0) {
                org.apache.lucene.document.Document stored = searcher.storedFields().document(hit.doc);
                double agreement = TopicProfile.agreement(queryTopics, TopicProfile.decode(stored.get(CorpusFields.TOPICS)));
                double score = (1 - TOPIC_WEIGHT) * words + TOPIC_WEIGHT * agreement;
                related.add(new Related(stored.get(CorpusFields.ID), stored.get(CorpusFields.URL),
                        stored.get(CorpusFields.TITLE), score));
            }
        }
        related.sort(Comparator.comparingDouble(Related::score).reversed());
        return related.size() > k ? List.copyOf(related.subList(0, k)) : related;
    }
}
