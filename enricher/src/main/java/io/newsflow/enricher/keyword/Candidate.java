package io.newsflow.enricher.keyword;

import java.util.HashMap;
import java.util.Map;

/** A key phrase candidate: its stemmed key, the surface forms seen, and where it occurs. */
final class Candidate {

    final String key;
    final int words;
    final Map<String, Integer> surfaces = new HashMap<>();
    int frequency;
    int titleFrequency;
    int firstSentence = Integer.MAX_VALUE;
    boolean inTitle;
    double score;

    Candidate(String key, int words) {
        this.key = key;
        this.words = words;
    }

    void occur(String surface, int sentence, boolean title) {
        frequency++;
        surfaces.merge(surface, 1, Integer::sum);
        firstSentence = Math.min(firstSentence, sentence);
        inTitle |= title;
        if (title) {
            titleFrequency++;
        }
    }

    /** The most frequent way of writing it ("NATO membership", "military aid"). */
    String text() {
        return surfaces.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse(key);
    }
}
