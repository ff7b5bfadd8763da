package io.newsflow.extractor.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fast "does this class/id string mention any of these words" test. Class lists are matched for every
 * element of every page, and a regex alternation of dozens of words tries each word at each position;
 * one pass over the lower-cased string, trying only the fragments that start with the character at hand, is
 * several times cheaper.
 *
 * Fragments are matched anywhere ("comment" matches "comment-list"), tokens only as a whole token between
 * non-alphanumerics ("ad" matches "ad-slot", not "head").
 */
public final class Keywords {

    private final List<String> fragments;
    private final Set<String> tokens;
    /** Fragments by their first character (ASCII); a string is scanned once instead of once per fragment. */
    private final String[][] byFirstChar = new String[128][];
    /** Fragments starting with a non-ASCII character, tested with contains. */
    private final List<String> otherFragments;
    /** The shortest fragment: positions closer to the end cannot start a match. */
    private final int shortest;

    private Keywords(List<String> fragments, Set<String> tokens) {
        this.fragments = fragments;
        this.tokens = tokens;
        List<String> other = new java.util.ArrayList<>();
        int min = Integer.MAX_VALUE;
        for (String f : fragments) {
            min = Math.min(min, f.length());
            char c = f.isEmpty() ? 0 : f.charAt(0);
            if (f.isEmpty() || c >= 128) {
                other.add(f);
            } else {
                String[] list = byFirstChar[c];
                String[] grown = list == null ? new String[1] : java.util.Arrays.copyOf(list, list.length + 1);
                grown[grown.length - 1] = f;
                byFirstChar[c] = grown;
            }
        }
        this.otherFragments = List.copyOf(other);
        this.shortest = fragments.isEmpty() ? 0 : min;
    }

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
        int last = lower.length() - shortest;
        for (int i = 0; i <= last; i++) {
            char c = lower.charAt(i);
            String[] candidates = c < 128 ? byFirstChar[c] : null;
            if (candidates != null) {
                for (String f : candidates) {
                    if (lower.startsWith(f, i)) {
                        return true;
                    }
                }
            }
        }
        for (String f : otherFragments) {
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
