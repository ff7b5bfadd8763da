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
    private final int minTokenLength;
    private final int maxTokenLength;
    private final Automaton automaton;

    private Keywords(List<String> fragments, Set<String> tokens) {
        this.fragments = List.copyOf(fragments);
        this.tokens = Set.copyOf(tokens);
        this.minTokenLength = tokens.stream().mapToInt(String::length).min().orElse(0);
        this.maxTokenLength = tokens.stream().mapToInt(String::length).max().orElse(0);
        this.automaton = new Automaton(List.of(this.fragments));
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
        if (tokens.isEmpty()) {
            // ASCII text (URLs, most class names) is matched with its letters folded, without a lower-cased copy
            int found = automaton.scan(text, true, 1);
            if (found >= 0) {
                return found != 0;
            }
        }
        return matchesLowerCase(text.toLowerCase(Locale.ROOT));
    }

    /** As {@link #matches}, for a string already lower-cased (callers testing several lists lower-case once). */
    public boolean matchesLowerCase(String lower) {
        if (lower.isEmpty()) {
            return false;
        }
        return automaton.scan(lower, false, 1) != 0 || (!tokens.isEmpty() && hasToken(lower));
    }

    /**
     * Several fragment lists tested on one string in one pass, for code that asks all of them about each element:
     * bit {@code i} of {@link #matchesLowerCase} is set when list {@code i} matches.
     */
    public static Group group(Keywords... lists) {
        return new Group(lists);
    }

    /** See {@link #group}. */
    public static final class Group {

        private final Automaton automaton;
        private final int all;

        private Group(Keywords... lists) {
            if (lists.length > Integer.SIZE - 1) {
                throw new IllegalArgumentException("at most 31 lists");
            }
            List<List<String>> fragments = new ArrayList<>();
            for (Keywords k : lists) {
                if (!k.tokens.isEmpty()) {
                    throw new IllegalArgumentException("a group matches fragments only");
                }
                fragments.add(k.fragments);
            }
            this.automaton = new Automaton(fragments);
            this.all = (1 << lists.length) - 1;
        }

        /** The lists that match the lower-cased string, as bits (list {@code i}: {@code 1 << i}). */
        public int matchesLowerCase(String lower) {
            return automaton.scan(lower, false, all);
        }
    }

    private boolean hasToken(String lower) {
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean alnum = i < lower.length() && isLetterOrDigit(lower.charAt(i));
            if (alnum && start < 0) {
                start = i;
            } else if (!alnum && start >= 0) {
                // only a token of a listed length is copied and looked up: "ad" is tested, "article-header" is not
                int length = i - start;
                if (length >= minTokenLength && length <= maxTokenLength && tokens.contains(lower.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
                : Character.isLetterOrDigit(c);
    }

    /**
     * The fragments as a deterministic automaton: a trie whose missing edges are filled from the failure links, so
     * a state is "the longest fragment prefix that ends here", and whose states carry the lists of the fragments
     * ending there (bits). Characters map to a small alphabet of those that occur in the fragments (class 0: any
     * other character, which can only lead back to the root).
     */
    private static final class Automaton {

        private static final int ASCII = 128;

        private final byte[] asciiClass = new byte[ASCII];
        /** As {@link #asciiClass}, with the capitals mapped to their small letters. */
        private final byte[] foldedClass = new byte[ASCII];
        /** The fragments' characters outside ASCII, sorted; their class is their index + {@link #firstWideClass}. */
        private final char[] wideChars;
        private final int firstWideClass;
        private final int width;
        private final int[] next;
        /** Per state: the lists having a fragment that ends at this state (itself or through its failure links). */
        private final int[] output;

        private Automaton(List<List<String>> lists) {
            TreeSet<Character> ascii = new TreeSet<>();
            TreeSet<Character> wide = new TreeSet<>();
            for (List<String> list : lists) {
                for (String f : list) {
                    if (f.isEmpty() || !f.equals(f.toLowerCase(Locale.ROOT))) {
                        throw new IllegalArgumentException("fragments are non-empty and lower case: '" + f + "'");
                    }
                    for (char c : f.toCharArray()) {
                        (c < ASCII ? ascii : wide).add(c);
                    }
                }
            }
            if (ascii.size() + wide.size() >= Byte.MAX_VALUE) {
                throw new IllegalArgumentException("too many distinct characters in " + lists);
            }
            int cls = 1;
            for (char c : ascii) {
                asciiClass[c] = (byte) cls++;
            }
            System.arraycopy(asciiClass, 0, foldedClass, 0, ASCII);
            for (char c = 'A'; c <= 'Z'; c++) {
                foldedClass[c] = asciiClass[Character.toLowerCase(c)];
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
            List<Integer> ends = new ArrayList<>();
            edges.add(new int[width]);
            ends.add(0);
            for (int list = 0; list < lists.size(); list++) {
                for (String f : lists.get(list)) {
                    int state = 0;
                    for (int i = 0; i < f.length(); i++) {
                        int c = classOf(f.charAt(i));
                        if (edges.get(state)[c] == 0) {
                            edges.get(state)[c] = edges.size();
                            edges.add(new int[width]);
                            ends.add(0);
                        }
                        state = edges.get(state)[c];
                    }
                    ends.set(state, ends.get(state) | 1 << list);
                }
            }

            // breadth first: missing edges and outputs inherited through the failure links
            int states = edges.size();
            next = new int[states * width];
            output = new int[states];
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
                output[s] = ends.get(s);
            }
            while (!queue.isEmpty()) {
                int s = queue.poll();
                output[s] |= output[fail[s]];
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

        /**
         * The lists with a fragment in {@code text}, as bits; stops once all of {@code all} are found. With
         * {@code foldAscii} capitals match small letters, and -1 means the text has a non-ASCII character (whose
         * lower case only {@link String#toLowerCase} knows).
         */
        int scan(String text, boolean foldAscii, int all) {
            byte[] classes = foldAscii ? foldedClass : asciiClass;
            int state = 0;
            int found = 0;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                int cls;
                if (c < ASCII) {
                    cls = classes[c];
                } else if (foldAscii) {
                    return -1;
                } else {
                    cls = classOf(c);
                }
                state = next[state * width + cls];
                found |= output[state];
                if (found == all) {
                    return found;
                }
            }
            return found;
        }
    }
}
