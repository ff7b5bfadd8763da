package io.newsflow.publish.article;

import java.util.Arrays;
import java.util.List;

/**
 * One article's search terms as sorted term numbers ({@link TermDictionary}): all of them (the stored
 * {@code searchTerms}), and those of the title and the tags, which weigh in the relevance score. The
 * in-memory twin of the store's {@code $all} match and score, so both give the same answer.
 */
record SearchTermSet(int[] all, int[] title, int[] tags) {

    /** Weights of the relevance score, the same as the store's aggregation (ArticleQueries). */
    static final int TITLE_WEIGHT = 3;
    static final int TAG_WEIGHT = 2;

    static SearchTermSet of(TermDictionary dictionary, List<String> all, List<String> title, List<String> tags) {
        return new SearchTermSet(dictionary.encode(all), dictionary.encode(title), dictionary.encode(tags));
    }

    /** Whether every query term (sorted, distinct numbers) is among the article's terms. */
    boolean containsAll(int[] query) {
        for (int term : query) {
            if (Arrays.binarySearch(all, term) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code 3 × |q ∩ title| + 2 × |q ∩ tags| + |q|}, as the store computes it. */
    int score(int[] query) {
        return TITLE_WEIGHT * overlap(title, query) + TAG_WEIGHT * overlap(tags, query) + query.length;
    }

    private static int overlap(int[] terms, int[] query) {
        int count = 0;
        for (int term : query) {
            if (Arrays.binarySearch(terms, term) >= 0) {
                count++;
            }
        }
        return count;
    }
}
