package io.newsflow.enricher.keyword;

import java.util.List;

/** Corpus statistics for key phrase specificity (implemented over the corpus index). */
public interface PhraseStatistics {

    /** Number of documents in the corpus. */
    int documentCount();

    /** For each phrase, the number of corpus documents containing it. */
    int[] documentFrequencies(List<String> phrases);

    /** No corpus: every phrase is equally specific, ranking falls back to frequency and position. */
    PhraseStatistics NONE = new PhraseStatistics() {
        @Override
        public int documentCount() {
            return 0;
        }

        @Override
        public int[] documentFrequencies(List<String> phrases) {
            return new int[phrases.size()];
        }
    };
}
