package io.newsflow.extractor.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Port of {@code shared/eval/score.py} (the article-extraction-benchmark metric): 4-token shingles over
 * Python-{@code \w+} tokens, per-page counts normalised to sum 1, macro precision and recall, F1 of the two.
 */
final class ShingleScore {

    private static final int N = 4;
    private final List<double[]> pages = new ArrayList<>();

    /** Python's {@code \w} on str: alphabetic or numeric (Unicode) or underscore; marks are not word chars. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i <= text.length()) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean word = i < text.length() && isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    static Map<String, Integer> shingles(String text) {
        List<String> toks = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        if (toks.isEmpty()) {
            return out;
        }
        if (toks.size() < N) {
            out.put(String.join("\u0001", toks), 1);
            return out;
        }
        for (int i = 0; i + N <= toks.size(); i++) {
            out.merge(String.join("\u0001", toks.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }

    void add(String truth, String prediction) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(prediction);
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String k : keys) {
            int a = t.getOrDefault(k, 0);
            int b = p.getOrDefault(k, 0);
            tp += Math.min(a, b);
            if (b > a) {
                fp += b - a;
            } else {
                fn += a - b;
            }
        }
        double total = tp + fp + fn;
        pages.add(total == 0 ? new double[3] : new double[] {tp / total, fp / total, fn / total});
    }

    double precision() {
        return mean(pages.stream().filter(c -> c[0] + c[1] > 0).map(c -> {
            if (c[1] == 0 && c[2] == 0) {
                return 1.0;
            }
            return c[0] == 0 && c[1] == 0 ? 0.0 : c[0] / (c[0] + c[1]);
        }).toList());
    }

    double recall() {
        return mean(pages.stream().filter(c -> c[0] + c[2] > 0).map(c -> {
            if (c[1] == 0 && c[2] == 0) {
                return 1.0;
            }
            return c[0] == 0 && c[2] == 0 ? 0.0 : c[0] / (c[0] + c[2]);
        }).toList());
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int pageCount() {
        return pages.size();
    }

    private static double mean(List<Double> values) {
        return values.isEmpty() ? 0 : values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
