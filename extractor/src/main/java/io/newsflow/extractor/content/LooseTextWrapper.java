package io.newsflow.extractor.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Wraps runs of loose text and inline elements that sit beside block elements into {@code <p>} (as
 * Readability does), so text written as {@code <div>text<br>text<table>..</table></div>} is scored as
 * paragraphs. A double {@code <br>} also ends a paragraph.
 */
final class LooseTextWrapper {

    /** Loose runs shorter than this are labels or separators, not worth a paragraph of their own. */
    private static final int MIN_RUN_CHARS = 2;

    void wrap(Element root) {
        List<Element> containers = new ArrayList<>();
        for (Element e : Descendants.all(root)) {
            String tag = e.normalName();
            if ((tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("td")
                    || tag.equals("main") || tag.equals("body")) && hasBlockChild(e)) {
                containers.add(e);
            }
        }
        for (Element c : containers) {
            wrapRuns(c);
        }
    }

    private static boolean hasBlockChild(Element e) {
        // Child nodes by index: Element.children() builds (and caches) a list per element.
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element c && Heuristics.BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void wrapRuns(Element container) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(container.childNodes())) {
            boolean block = child instanceof Element e && Heuristics.BLOCK_TAGS.contains(e.normalName());
            boolean br = child instanceof Element e && e.normalName().equals("br");
            if (block || br && endsWithBr(run)) {
                flush(run);
            } else {
                run.add(child);
            }
        }
        flush(run);
    }

    private static boolean endsWithBr(List<Node> run) {
        for (int i = run.size() - 1; i >= 0; i--) {
            Node n = run.get(i);
            if (n instanceof TextNode t && t.isBlank()) {
                continue;
            }
            return n instanceof Element e && e.normalName().equals("br");
        }
        return false;
    }

    private static void flush(List<Node> run) {
        int chars = 0;
        for (Node n : run) {
            chars += n instanceof TextNode t ? t.text().strip().length()
                    : n instanceof Element e ? e.text().length() : 0;
            if (chars >= MIN_RUN_CHARS) {
                break;
            }
        }
        if (chars >= MIN_RUN_CHARS) {
            Element p = new Element("p");
            run.get(0).before(p);
            for (Node n : run) {
                p.appendChild(n);
            }
        }
        run.clear();
    }
}
