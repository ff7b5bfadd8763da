package io.newsflow.enricher.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * Document frequencies of the text field's terms, shared by all queries. Looking a term up in the
 * index costs a seek per segment, and rescoring related candidates needs thousands per query.
 * <ul>
 *   <li>Large corpora: term statistics of a news corpus move slowly, so summed values are kept until the
 *       corpus has changed size by more than {@link #REFRESH_FRACTION}.</li>
 *   <li>Small corpora (under {@link #MIN_CACHED_CORPUS}) change shape with every document, so values are
 *       exact: kept per segment, whose terms never change (a segment is written once; deletions do not
 *       change document frequencies, as in {@code IndexReader.docFreq}). A service that indexes each
 *       article after querying with it adds a small segment per refresh; without this every query sought
 *       each of thousands of terms again in every segment (measured in enrich-service: 47 % of the whole
 *       local stack's CPU samples under load). A segment's values go when Lucene closes it (merged away).</li>
 * </ul>
 * Thread-safe.
 */
final class IdfCache {

    /** Corpus growth (or shrinkage) after which all cached values are dropped: 1% moves an idf by at most 0.01. */
    static final double REFRESH_FRACTION = 0.01;

    /**
     * Below this size values are exact and kept per segment. Bounds the per-segment values' memory: at most
     * the distinct terms of this many documents (about 300 each), a few tens of MB at worst.
     */
    static final int MIN_CACHED_CORPUS = 1_000;

    /** Term -> document frequency; idf is derived from it and the corpus size of the query. */
    private final ConcurrentHashMap<String, Integer> values = new ConcurrentHashMap<>();
    private volatile int cachedFor = -1;

    /** Segment core key -> (term -> documents of that segment holding it), small corpora only. */
    private final ConcurrentHashMap<Object, Map<String, Integer>> segments = new ConcurrentHashMap<>();

    /** A view for one query over one reader. */
    View on(IndexReader reader) {
        int docs = reader.numDocs();
        if (docs < MIN_CACHED_CORPUS) {
            values.clear();
            cachedFor = docs;
            return new View(reader, new HashMap<>(), segmentValues(reader.leaves()));
        }
        segments.clear();
        if (Math.abs(docs - cachedFor) > cachedFor * REFRESH_FRACTION) {
            values.clear();
            cachedFor = docs;
        }
        return new View(reader, values, null);
    }

    /** Per leaf its segment's values, null for a leaf that cannot be cached (no core cache key). */
    @SuppressWarnings("unchecked")
    private Map<String, Integer>[] segmentValues(List<LeafReaderContext> leaves) {
        Map<String, Integer>[] perLeaf = new Map[leaves.size()];
        for (int i = 0; i < perLeaf.length; i++) {
            IndexReader.CacheHelper core = leaves.get(i).reader().getCoreCacheHelper();
            if (core == null) {
                continue;
            }
            perLeaf[i] = segments.computeIfAbsent(core.getKey(), key -> {
                core.addClosedListener(segments::remove);
                return new ConcurrentHashMap<>();
            });
        }
        return perLeaf;
    }

    /** Segments whose values are held now (for tests). */
    int segmentsHeld() {
        return segments.size();
    }

    /**
     * Looks terms up for one query, on one thread (it holds one terms enumeration per segment, reused for
     * every lookup: {@code IndexReader.docFreq} opens a new one per segment and term, which costs more than
     * the seek itself).
     */
    static final class View {
        private final int docCount;
        /** Summed values: the shared ones (large corpus) or this query's own (small corpus). */
        private final Map<String, Integer> values;
        private final List<LeafReaderContext> leaves;
        /** Per leaf its segment's kept values, or null (large corpus, or a leaf without a core key). */
        private final Map<String, Integer>[] segmentValues;
        /** Per segment, opened on first use; a segment without the field stays null. */
        private final TermsEnum[] enums;
        private boolean opened;
        private final BytesRefBuilder bytes = new BytesRefBuilder();

        private View(IndexReader reader, Map<String, Integer> values,
                     Map<String, Integer>[] segmentValues) {
            this.docCount = Math.max(1, reader.numDocs());
            this.values = values;
            this.leaves = reader.leaves();
            this.segmentValues = segmentValues;
            this.enums = new TermsEnum[leaves.size()];
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
                int df = lookUp(term);
                values.put(term, df);
                return df;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Documents (deleted ones included until merged away, as {@code IndexReader.docFreq}) holding the term. */
        private int lookUp(String term) throws IOException {
            boolean copied = false;
            int df = 0;
            for (int i = 0; i < leaves.size(); i++) {
                Map<String, Integer> kept = segmentValues == null ? null : segmentValues[i];
                Integer inSegment = kept == null ? null : kept.get(term);
                if (inSegment == null) {
                    if (!copied) {
                        bytes.copyChars(term);
                        copied = true;
                    }
                    TermsEnum segment = enumOf(i);
                    inSegment = segment != null && segment.seekExact(bytes.get()) ? segment.docFreq() : 0;
                    if (kept != null) {
                        kept.put(term, inSegment);
                    }
                }
                df += inSegment;
            }
            return df;
        }

        private TermsEnum enumOf(int leaf) throws IOException {
            if (!opened) {
                for (int i = 0; i < enums.length; i++) {
                    Terms terms = leaves.get(i).reader().terms(CorpusFields.TEXT);
                    enums[i] = terms == null ? null : terms.iterator();
                }
                opened = true;
            }
            return enums[leaf];
        }
    }
}
