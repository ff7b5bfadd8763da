package io.newsflow.enricher.corpus;

import io.newsflow.enricher.Document;
import io.newsflow.enricher.Related;
import io.newsflow.enricher.RelatedWeights;
import io.newsflow.enricher.embedding.QuantizedVector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Related documents, hybrid: candidates come from a more-like-this query (the document's most
 * distinctive terms, as Lucene's MoreLikeThis selects them) and from the nearest sentence embeddings
 * (HNSW graph); each candidate is scored by a weighted sum of the cosine of TF-IDF vectors (the
 * more-like-this similarity, normalised so it compares across queries, which raw more-like-this scores
 * do not), the cosine of the MiniLM embeddings of headline and lead, and the agreement of IPTC topics.
 * All three lie in [0, 1], so the score does too; the weights are {@link RelatedWeights}.
 */
public final class RelatedFinder {

    /**
     * Candidates per requested result from each source: enough for the rescoring to reorder either
     * list. Rescoring reads each candidate's term vector and is most of the cost of a query, and the
     * two sources overlap, so each brings fewer than more-like-this alone did (3 per result).
     */
    private static final int CANDIDATES_PER_RESULT = 2;

    /** At least this many candidates per source, so a small k still sees past the first guesses. */
    private static final int MIN_CANDIDATES = 10;

    /**
     * Terms of the query document used by more-like-this: its distinctive vocabulary, not every word.
     * When the document is itself indexed, terms found in one document only are left out: they are its
     * own and would match nothing else.
     */
    private static final int MAX_QUERY_TERMS = 25;   // Lucene MoreLikeThis's default

    private final Analyzer analyzer;
    private final TopicProfile topics;
    private final DocumentFrequencies frequencies;
    private final RelatedWeights weights;

    public RelatedFinder(Analyzer analyzer, TopicProfile topics, RelatedWeights weights,
                         DocumentFrequencies frequencies) {
        this.analyzer = analyzer;
        this.topics = topics;
        this.weights = weights;
        this.frequencies = frequencies;
    }

    public List<Related> find(IndexSearcher searcher, Document doc, EmbeddedText embedding, int k) throws IOException {
        return find(searcher, doc, embedding, k, weights);
    }

    public List<Related> find(IndexSearcher searcher, Document doc, EmbeddedText embedding, int k,
                              RelatedWeights weights) throws IOException {
        if (k <= 0 || searcher.getIndexReader().numDocs() == 0) {
            return List.of();
        }
        int perSource = Math.max(MIN_CANDIDATES, k * CANDIDATES_PER_RESULT);
        boolean indexed = searcher.count(new TermQuery(new Term(CorpusFields.ID, doc.id()))) > 0;
        TermWeights terms = new TermWeights(searcher.getIndexReader(), frequencies);
        Map<String, Double> queryVector = terms.ofText(analyzer, CorpusFields.textOf(doc));
        Set<Integer> candidates = new LinkedHashSet<>();
        Query like = terms.moreLikeThis(queryVector, MAX_QUERY_TERMS, indexed ? 2 : 1);
        if (!(like instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
            Query query = new BooleanQuery.Builder()
                    .add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(CorpusFields.ID, doc.id())), BooleanClause.Occur.MUST_NOT)
                    .build();
            for (ScoreDoc hit : searcher.search(query, perSource).scoreDocs) {
                candidates.add(hit.doc);
            }
        }
        if (weights.embedding() > 0 && !QuantizedVector.isZero(embedding.vector())) {
            // one more than wanted: the document itself may be its own nearest neighbour
            for (ScoreDoc hit : searcher.search(new KnnByteVectorQuery(CorpusFields.EMBEDDING, embedding.vector(),
                    perSource + 1), perSource + 1).scoreDocs) {
                candidates.add(hit.doc);
            }
        }
        Map<String, Double> queryTopics = topics.of(doc);
        List<Related> related = new ArrayList<>();
        for (int candidate : candidates) {
            org.apache.lucene.document.Document stored = searcher.storedFields().document(candidate);
            String id = stored.get(CorpusFields.ID);
            if (id.equals(doc.id())) {
                continue;
            }
            double words = TermWeights.cosine(queryVector, terms.ofDocument(candidate));
            BytesRef vector = stored.getBinaryValue(CorpusFields.EMBEDDING_STORED);
            double meaning = vector == null ? 0 : Math.max(0, QuantizedVector.cosine(embedding.vector(),
                    java.util.Arrays.copyOfRange(vector.bytes, vector.offset, vector.offset + vector.length)));
            double agreement = TopicProfile.agreement(queryTopics, TopicProfile.decode(stored.get(CorpusFields.TOPICS)));
            double score = weights.words() * words + weights.embedding() * meaning + weights.topic() * agreement;
            if (words > 0 || meaning > 0) {
                related.add(new Related(id, stored.get(CorpusFields.URL), stored.get(CorpusFields.TITLE), score));
            }
        }
        related.sort(Comparator.comparingDouble(Related::score).reversed());
        return related.size() > k ? List.copyOf(related.subList(0, k)) : related;
    }
}
