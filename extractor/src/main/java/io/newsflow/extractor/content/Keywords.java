package io.newsflow.extractor.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fast "does this class/id string mention any of these words" test. Class lists are matched for every
 * element of every page, and a regex alternation of dozens of words tries each word at each position;
 * plain {@code indexOf} over a lower-cased string is several times cheaper.
 *
 * @param fragments matched anywhere ("comment" matches "comment-list")
 * @param tokens    matched only as a whole token between non-alphanumerics ("ad" matches "ad-slot", not "head")
 */
public record Keywords(List<String> fragments, Set<String> tokens) {

    public static Keywords fragments(String... words) {
        return new Keywords(List.of(words), Set.of());
    }

    public Keywords withTokens(String... words) {
        return new Keywords(fragments, Set.of(words));
    }

    public boolean matches(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return matchesLowerCase(text.toLowerCase(Locale.ROOT));
    }

    /** As {@link #matches}, for a string already lower-cased (callers testing several lists lower-case once). */
    public boolean matchesLowerCase(String lower) {
        if (lower.isEmpty()) {
            return false;
        }
        for (String f : fragments) {
            if (lower.contains(f)) {
                return true;
            }
        }
        return !tokens.isEmpty() && hasToken(lower);
    }

    private boolean hasToken(String lower) {
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean alnum = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (alnum && start < 0) {
                start = i;
            } else if (!alnum && start >= 0) {
                if (tokens.contains(lower.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }
}
