package io.newsflow.extractor.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes many nodes at once. Removing one child shifts and re-indexes its parent's child list, so removing
 * most of 100,000 siblings one by one is quadratic (seen by the fuzz test); here each parent with several
 * removals has its child list rebuilt once.
 */
final class NodeRemoval {

    /** Below this many removals from one parent, removing them one by one is cheaper than a rebuild. */
    private static final int REBUILD_THRESHOLD = 16;

    private NodeRemoval() {
    }

    static void removeAll(Collection<? extends Node> doomed) {
        Map<Element, List<Node>> byParent = new IdentityHashMap<>();
        for (Node n : doomed) {
            Element parent = n.parentElement();
            if (parent == null) {
                n.remove();
            } else {
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(n);
            }
        }
        byParent.forEach(NodeRemoval::removeChildren);
    }

    private static void removeChildren(Element parent, List<Node> children) {
        if (children.size() < REBUILD_THRESHOLD) {
            children.forEach(Node::remove);
            return;
        }
        Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(children);
        List<Node> kept = new ArrayList<>(parent.childNodeSize() - gone.size());
        for (Node child : parent.childNodes()) {
            if (!gone.contains(child)) {
                kept.add(child);
            }
        }
        parent.empty();
        parent.appendChildren(kept);
    }
}
