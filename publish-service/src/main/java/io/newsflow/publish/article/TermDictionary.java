package io.newsflow.publish.article;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers for search terms, so that each article's terms can be kept as a sorted {@code int[]} (4 bytes
 * a term) instead of a set of strings. A term keeps its number for the life of the process; the
 * vocabulary of a news corpus grows slowly (about 100,000 distinct terms at 50,000 articles).
 */
final class TermDictionary {

    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** The sorted, distinct numbers of {@code terms}, numbering new ones. */
    int[] encode(List<String> terms) {
        int[] encoded = new int[terms.size()];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = numbers.computeIfAbsent(terms.get(i), term -> next.getAndIncrement());
        }
        return sortedDistinct(encoded);
    }

    /** The sorted, distinct numbers of a query's terms, or null when one of them is in no article. */
    int[] lookup(List<String> terms) {
        int[] found = new int[terms.size()];
        for (int i = 0; i < found.length; i++) {
            Integer number = numbers.get(terms.get(i));
            if (number == null) {
                return null;
            }
            found[i] = number;
        }
        return sortedDistinct(found);
    }

    private static int[] sortedDistinct(int[] values) {
        return Arrays.stream(values).sorted().distinct().toArray();
    }
}
