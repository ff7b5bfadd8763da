package io.newsflow.extractor.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An element and its descendants, in document order, by a plain walk of the tree. jsoup's {@code getAllElements}
 * and {@code getElementsByTag} collect through a stream pipeline: on a cold JVM (the CLI's batch) that machinery
 * runs interpreted for the first pages and then has to be compiled, and a count builds a list only to take its size.
 * Like those methods, every result includes the root itself.
 */
final class Descendants {

    private Descendants() {
    }

    /** As {@link Element#getAllElements()}: the root and all elements below it. */
    static List<Element> all(Element root) {
        return collect(root, e -> true);
    }

    /** The elements of {@link #all} that come before {@code stop}; all of them when {@code stop} is not below root. */
    static List<Element> before(Element root, Element stop) {
        List<Element> out = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == stop) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element e) {
                    out.add(e);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return out;
    }

    /** As {@code getElementsByTag(tag)}, for a lower-case tag name. */
    static List<Element> byTag(Element root, String tag) {
        return collect(root, e -> e.normalName().equals(tag));
    }

    private static List<Element> collect(Element root, Predicate<Element> wanted) {
        List<Element> out = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && wanted.test(e)) {
                out.add(e);
            }
        }, root);
        return out;
    }

    /** As {@code getElementsByTag(tag).size()}, for a lower-case tag name. */
    static int count(Element root, String tag) {
        int[] n = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && e.normalName().equals(tag)) {
                n[0]++;
            }
        }, root);
        return n[0];
    }

    /** As {@code !getElementsByTag(tag).isEmpty()}, stopping at the first. */
    static boolean has(Element root, String tag) {
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                found[0] = node instanceof Element e && e.normalName().equals(tag);
                return found[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, root);
        return found[0];
    }

    /**
     * The outermost matches, in document order: the elements matching {@code evaluator} (the root too) that have no
     * matching ancestor below the root. One walk that does not enter a match; testing each match's ancestors
     * instead costs the depth of the tree per element, and a page of 100,000 nested quotes made that seconds.
     */
    static List<Element> outermost(Element root, Evaluator evaluator) {
        List<Element> out = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && evaluator.matches(root, e)) {
                    out.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return out;
    }
}
