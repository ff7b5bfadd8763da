package io.newsflow.extractor.content;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, linked text length and comma count of every element, computed in one iterative pass
 * so scoring never re-reads a subtree's text (which would be quadratic on deep pages).
 */
final class TextStats {

    /** Per element: [0] text chars, [1] chars inside links, [2] commas. */
    private final Map<Element, int[]> stats = new IdentityHashMap<>();

    static TextStats of(Element root) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    String text = t.getWholeText();
                    int[] st = s.stats.computeIfAbsent(parent, k -> new int[3]);
                    st[0] += visibleLength(text);
                    st[2] += commas(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] own = s.stats.computeIfAbsent(e, k -> new int[3]);
                    if (e.normalName().equals("a")) {
                        own[1] = own[0];
                    }
                    if (e.parent() != null && node != root) {
                        int[] up = s.stats.computeIfAbsent(e.parent(), k -> new int[3]);
                        up[0] += own[0];
                        up[1] += own[1];
                        up[2] += own[2];
                    }
                }
            }
        }, root);
        return s;
    }

    private static int visibleLength(String text) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0';
            if (!ws) {
                n++;
            } else if (!space) {
                n++;
            }
            space = ws;
        }
        return n;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    int textLength(Element e) {
        int[] s = stats.get(e);
        return s == null ? 0 : s[0];
    }

    int commas(Element e) {
        int[] s = stats.get(e);
        return s == null ? 0 : s[2];
    }

    double linkDensity(Element e) {
        int[] s = stats.get(e);
        return s == null || s[0] == 0 ? 0 : (double) s[1] / s[0];
    }
}
