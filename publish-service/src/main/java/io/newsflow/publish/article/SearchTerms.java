package io.newsflow.publish.article;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Search without {@code $text} (which the embedded server lacks): every article stores the normalised
 * terms of its title, entities, keywords, topics and body in an indexed array ({@code searchTerms});
 * a query matches the articles holding all of its terms ({@code $all}, served by the multikey index)
 * and ranks them by a score computed in the aggregation (see {@link ArticleQueries}).
 * Normalisation: Unicode NFD with the accents removed, lower case (locale-independent), split on
 * anything that is not a letter or digit, stop words and one-letter tokens dropped.
 */
final class SearchTerms {

    /** Distinct body terms kept per article, in order of first appearance: bounds the document and index size. */
    static final int MAX_BODY_TERMS = 400;
    /** Terms of one query: more would only make the {@code $all} slower and the ranking no better. */
    static final int MAX_QUERY_TERMS = 8;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Frequent English and French function words: matching them says nothing about an article. */
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "of", "to", "in", "on", "at", "by",
            "an", "is", "are", "was", "were", "be", "it", "its", "as", "with", "that", "this", "from", "or", "but",
            "not", "has", "have", "had", "le", "la", "les", "de", "des", "du", "et", "un", "une", "en");

    private SearchTerms() {
    }

    /** The normalised, distinct terms of {@code text}, in order of first appearance. */
    static List<String> of(String text) {
        return List.copyOf(collect(text, new LinkedHashSet<>(), Integer.MAX_VALUE));
    }

    /** Adds at most {@code max} new terms of {@code text} to {@code into}. */
    static Set<String> collect(String text, Set<String> into, int max) {
        if (text == null || text.isBlank()) {
            return into;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        int added = 0;
        for (String token : SEPARATORS.split(folded)) {
            if (added >= max) {
                break;
            }
            if (token.length() > 1 && !STOP_WORDS.contains(token) && into.add(token)) {
                added++;
            }
        }
        return into;
    }
}
