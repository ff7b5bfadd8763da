package io.newsflow.extractor.content;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Readability's conditional cleaning of the chosen article: lists, tables, divs and forms that look like
 * link lists, image galleries or widgets are removed; real content containers stay.
 */
final class ArticleCleaner {

    /** Containers with this many commas are prose, whatever else they hold (Readability). */
    private static final int PROSE_COMMAS = 10;
    /** Text shorter than this with no picture is a widget stub (Readability). */
    private static final int MIN_CONTENT_CHARS = 25;
    /** Link density above which a container with weak class weight is navigation (Readability). */
    private static final double WEAK_LINK_DENSITY = 0.2;
    /** Headings with more linked text than this are teasers of other articles. */
    private static final double HEADING_LINK_DENSITY = 0.33;

    /** A container with this many long unlinked paragraphs holds article prose. */
    private static final int PROSE_PARAGRAPHS = 3;
    private static final int PROSE_PARAGRAPH_CHARS = 80;

    /** Share of the article's text above which an element is never removed as furniture. */
    private static final double BULK_SHARE = 0.5;

    private final TextStats stats;
    private final CandidateScorer scorer;

    ArticleCleaner(TextStats stats, CandidateScorer scorer) {
        this.stats = stats;
        this.scorer = scorer;
    }

    void clean(List<Element> parts) {
        Set<Element> doomed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element part : parts) {
            int partLength = stats.textLength(part);
            // A doomed element's descendants are skipped: they go with it. Figures are counted on the way
            // down rather than looked up from every element (a 500-deep page has 500 ancestors per element).
            int figuresAbove = inFigure(part) ? 1 : 0;
            NodeTraversor.filter(new NodeFilter() {
                private int figures = figuresAbove;

                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element e) || e == part) {
                        return FilterResult.CONTINUE;
                    }
                    if (!doomed.contains(e) && (isSectionFurniture(e) || !isBulkOf(e, partLength))
                            && shouldRemove(e, figures > 0)) {
                        doomed.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("figure")) {
                        figures++;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node != part && node instanceof Element e && e.normalName().equals("figure")) {
                        figures--;
                    }
                    return FilterResult.CONTINUE;
                }
            }, part);
        }
        NodeRemoval.removeAll(doomed);
    }

    private boolean shouldRemove(Element e, boolean inFigure) {
        String tag = e.normalName();
        if (tag.startsWith("h") && tag.length() == 2 && Character.isDigit(tag.charAt(1))) {
            return CandidateScorer.classWeight(e) < 0 || stats.linkDensity(e) > HEADING_LINK_DENSITY;
        }
        if (DocumentCleaner.isUnlikely(e) && stats.textLength(e) < Heuristics.LINK_BLOCK_MAX_CHARS) {
            return true;
        }
        boolean list = tag.equals("ul") || tag.equals("ol");
        if (!(list || tag.equals("div") || tag.equals("section") || tag.equals("table") || tag.equals("aside")
                || tag.equals("fieldset") || tag.equals("header") || tag.equals("footer"))) {
            return false;
        }
        if (tag.equals("aside") || tag.equals("footer")) {
            return true;
        }
        return looksLikeFurniture(e, list, inFigure || e.normalName().equals("figure"));
    }

    /**
     * An {@code <aside>} or {@code <footer>} inside the article is furniture even when it holds most of a short
     * article's text: the post footer of blog themes ("Dieser Eintrag wurde veröffentlicht in …", the author box)
     * is often longer than a short post.
     */
    private static boolean isSectionFurniture(Element e) {
        return e.normalName().equals("aside") || e.normalName().equals("footer");
    }

    /** An element holding most of the article's text is its structure, whatever its class says ("widget-wrap"). */
    private boolean isBulkOf(Element e, int partLength) {
        return stats.textLength(e) >= partLength * BULK_SHARE && stats.linkDensity(e) <= Heuristics.MAX_LINK_DENSITY;
    }

    /** Several long unlinked paragraphs are article text, whatever links or widgets sit beside them. */
    private boolean holdsProse(Element e) {
        int prose = 0;
        for (Element p : Descendants.byTag(e, "p")) {
            if (stats.textLength(p) >= PROSE_PARAGRAPH_CHARS && stats.linkDensity(p) < WEAK_LINK_DENSITY
                    && ++prose >= PROSE_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    private static boolean inFigure(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.normalName().equals("figure")) {
                return true;
            }
        }
        return false;
    }

    private boolean looksLikeFurniture(Element e, boolean list, boolean inFigure) {
        if (holdsProse(e)) {
            return false;
        }
        double weight = CandidateScorer.classWeight(e);
        // A list scores negatively by its tag alone; an unlinked list inside the article is content (steps,
        // facts), so only its class weight counts against it.
        double score = list && stats.linkDensity(e) < WEAK_LINK_DENSITY ? 0 : scorer.scoreOf(e);
        if (weight + score < 0) {
            return true;
        }
        if (stats.commas(e) >= PROSE_COMMAS) {
            return false;
        }
        int paragraphs = Descendants.count(e, "p");
        int images = Descendants.count(e, "img");
        int items = Descendants.count(e, "li") - 100;
        int length = stats.textLength(e);
        double density = stats.linkDensity(e);
        if (images > 1 && (double) paragraphs / images < 0.5 && !inFigure) {
            return true;
        }
        if (!list && items > paragraphs) {
            return true;
        }
        boolean code = Descendants.has(e, "pre");
        if (!list && length < MIN_CONTENT_CHARS && (images == 0 || images > 2) && !code && !inFigure) {
            return true;
        }
        if (!list && weight < Heuristics.CLASS_WEIGHT && density > WEAK_LINK_DENSITY) {
            return true;
        }
        return weight >= Heuristics.CLASS_WEIGHT && density > Heuristics.MAX_LINK_DENSITY
                || list && density > Heuristics.MAX_LINK_DENSITY && length < Heuristics.LINK_BLOCK_MAX_CHARS * 2;
    }
}
