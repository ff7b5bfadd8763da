package io.newsflow.extractor.quality;

import io.newsflow.extractor.ExtractedArticle;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Port of {@code shared/eval/score_snippets.py}: with/without snippets matched as whitespace-normalised
 * substrings (micro precision/recall/F1), and exact title, author and date (YYYY-MM-DD) match rates on the
 * pages whose truth has a value.
 */
final class SnippetScore {

    private int tp;
    private int fp;
    private int fn;
    private final int[][] meta = new int[3][2];

    /** Python's {@code \s} on str: Unicode whitespace, including no-break spaces. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    void add(JsonNode truth, ExtractedArticle prediction) {
        String body = norm(prediction.articleBody());
        if (truth.has("with")) {
            for (JsonNode s : truth.get("with").values()) {
                if (body.contains(norm(s.asString()))) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (JsonNode s : truth.path("without").values()) {
                if (body.contains(norm(s.asString()))) {
                    fp++;
                }
            }
        }
        addMeta(0, field(truth, "title"), norm(prediction.title()), false);
        addMeta(1, field(truth, "author", "byline"), norm(prediction.author()), false);
        addMeta(2, field(truth, "date", "publishedTime"), norm(prediction.date()), true);
    }

    private void addMeta(int index, String truth, String predicted, boolean date) {
        if (truth.isEmpty()) {
            return;
        }
        meta[index][0]++;
        String t = date ? truth.substring(0, Math.min(10, truth.length())) : truth;
        String p = date ? predicted.substring(0, Math.min(10, predicted.length())) : predicted;
        if (t.equals(p)) {
            meta[index][1]++;
        }
    }

    private static String field(JsonNode obj, String... names) {
        for (String n : names) {
            JsonNode v = obj.get(n);
            if (v != null && v.isArray()) {
                List<String> parts = v.values().stream().filter(JsonNode::isString).map(JsonNode::asString).toList();
                String joined = String.join("; ", parts);
                if (!joined.isBlank()) {
                    return norm(joined);
                }
            } else if (v != null && v.isString() && !v.asString().isBlank()) {
                return norm(v.asString());
            }
        }
        return "";
    }

    double snippetF1() {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double title() {
        return rate(0);
    }

    double author() {
        return rate(1);
    }

    double date() {
        return rate(2);
    }

    private double rate(int index) {
        return meta[index][0] == 0 ? 0 : (double) meta[index][1] / meta[index][0];
    }

    String summary() {
        return String.format(java.util.Locale.ROOT, "snippet F1 %.3f (tp=%d fp=%d fn=%d)  title %.3f (%d)  author %.3f (%d)"
                + "  date %.3f (%d)", snippetF1(), tp, fp, fn, title(), meta[0][0], author(), meta[1][0], date(), meta[2][0]);
    }
}
