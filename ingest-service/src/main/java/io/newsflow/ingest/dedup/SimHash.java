package io.newsflow.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * 64-bit SimHash (Charikar) of a text over its 3-word shingles: each shingle's 64-bit hash votes +1/−1
 * per bit; the fingerprint keeps the sign of each sum. Texts that share most shingles get fingerprints
 * a few bits apart.
 */
public final class SimHash {

    /**
     * Fingerprints at most this many bits apart are near-duplicates. Measured on extracted test articles
     * of ~360 words ({@code SimHashTest}): a copy with an added credit sentence lands 0–8 bits away (mean
     * 4.3); unrelated articles over the same 100-word vocabulary 17–50 (mean 32). Under independence a
     * chance match at ≤ 10 of 64 bits is ~1e-8 per pair. Manku et al. (WWW 2007) use 3 for whole web
     * pages with many features; an extracted body has fewer, so one changed sentence flips more bits.
     */
    public static final int NEAR_DUPLICATE_DISTANCE = 10;
    /** Shorter bodies are not compared: with few shingles a single changed word flips many bits. */
    public static final int MIN_WORDS = 50;
    private static final int SHINGLE = 3;

    private SimHash() {
    }

    /** The fingerprint of {@code text}, empty when it has fewer than {@link #MIN_WORDS} words. */
    public static OptionalLong of(String text) {
        List<String> words = words(text);
        if (words.size() < MIN_WORDS) {
            return OptionalLong.empty();
        }
        int[] votes = new int[64];
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long hash = hash(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return OptionalLong.of(fingerprint);
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** FNV-1a 64 with a SplitMix64 finaliser, so every output bit depends on every input byte. */
    private static long hash(String shingle) {
        long h = 0xcbf29ce484222325L;
        for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }
}
