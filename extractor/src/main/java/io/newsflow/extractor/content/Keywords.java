package io.newsflow.extractor.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fast "does this class/id string mention any of these words" test. Class lists are matched for every
 * element of every page against lists of dozens of words. A regex alternation tries each word at each position,
 * and one {@code contains} per word still reads the string once per word; here the words are compiled into one
 * Aho-Corasick automaton, which reads each character of the string once whatever the number of words.
 *
 * <p>Fragments are matched anywhere ("comment" matches "comment-list"); tokens only as a whole token between
 * non-alphanumerics ("ad" matches "ad-slot", not "head").
 */
public final class Keywords {

    private final List<String> fragments;
    private final Set<String> tokens;
    private final Automaton automaton;

    private Keywords(List<String> fragments, Set<String> tokens) {
        this.fragments = List.copyOf(fragments);
        this.tokens = Set.copyOf(tokens);
        this.automaton = new Automaton(this.fragments);
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
        return automaton.foundIn(lower) || (!tokens.isEmpty() && hasToken(lower));
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

    /**
     * The fragments as a deterministic automaton: a trie whose missing edges are filled from the failure links, so
     * a state is "the longest fragment prefix that ends here". Characters map to a small alphabet of those that occur
     * in the fragments (class 0: any other character, which can only lead back to the root).
     */
    private static final class Automaton {

        private static final int ASCII = 128;

        private final byte[] asciiClass = new byte[ASCII];
        /** The fragments' characters outside ASCII, sorted; their class is their index + {@link #firstWideClass}. */
        private final char[] wideChars;
        private final int firstWideClass;
        private final int width;
        private final int[] next;
        private final boolean[] accepting;

        private Automaton(List<String> fragments) {
            TreeSet<Character> ascii = new TreeSet<>();
            TreeSet<Character> wide = new TreeSet<>();
            for (String f : fragments) {
                for (char c : f.toCharArray()) {
                    (c < ASCII ? ascii : wide).add(c);
                }
            }
            if (ascii.size() + wide.size() >= Byte.MAX_VALUE) {
                throw new IllegalArgumentException("too many distinct characters in " + fragments);
            }
            int cls = 1;
            for (char c : ascii) {
                asciiClass[c] = (byte) cls++;
            }
            firstWideClass = cls;
            wideChars = new char[wide.size()];
            int w = 0;
            for (char c : wide) {
                wideChars[w++] = c;
            }
            width = firstWideClass + wideChars.length;

            // the trie
            List<int[]> edges = new ArrayList<>();
            List<Boolean> ends = new ArrayList<>();
            edges.add(new int[width]);
            ends.add(false);
            for (String f : fragments) {
                if (f.isEmpty()) {
                    throw new IllegalArgumentException("empty fragment");
                }
                int state = 0;
                for (int i = 0; i < f.length(); i++) {
                    int c = classOf(f.charAt(i));
                    if (edges.get(state)[c] == 0) {
                        edges.get(state)[c] = edges.size();
                        edges.add(new int[width]);
                        ends.add(false);
                    }
                    state = edges.get(state)[c];
                }
                ends.set(state, true);
            }

            // breadth first: missing edges and acceptance inherited through the failure links
            int states = edges.size();
            next = new int[states * width];
            accepting = new boolean[states];
            int[] fail = new int[states];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int c = 0; c < width; c++) {
                int child = edges.get(0)[c];
                next[c] = child;
                if (child != 0) {
                    queue.add(child);
                }
            }
            for (int s = 0; s < states; s++) {
                accepting[s] = ends.get(s);
            }
            while (!queue.isEmpty()) {
                int s = queue.poll();
                accepting[s] |= accepting[fail[s]];
                for (int c = 0; c < width; c++) {
                    int child = edges.get(s)[c];
                    if (child != 0) {
                        fail[child] = next[fail[s] * width + c];
                        next[s * width + c] = child;
                        queue.add(child);
                    } else {
                        next[s * width + c] = next[fail[s] * width + c];
                    }
                }
            }
        }

        private int classOf(char c) {
            if (c < ASCII) {
                return asciiClass[c];
            }
            int i = Arrays.binarySearch(wideChars, c);
            return i < 0 ? 0 : firstWideClass + i;
        }

        /** Whether any fragment occurs in {@code text}. */
        boolean foundIn(String text) {
            int state = 0;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                state = next[state * width + (c < ASCII ? asciiClass[c] : classOf(c))];
                if (accepting[state]) {
                    return true;
                }
            }
            return false;
        }
    }
}
