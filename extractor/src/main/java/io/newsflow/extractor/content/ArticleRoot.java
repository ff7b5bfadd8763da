package io.newsflow.extractor.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Turns ranked candidates into the article's elements, as Readability does: a container shared by
 * several strong candidates wins, only-child wrappers and better-scoring parents are climbed, an enclosing
 * {@code <article>} brings the lead, and siblings that score well or read as prose join.
 */
final class ArticleRoot {

    /** Text that ends a sentence, compiled once (String.matches compiles its regex on every call). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*\\.( |$)");

    /** Top candidates compared when looking for a shared ancestor (Readability's nbTopCandidates). */
    private static final int TOP_CANDIDATES = 5;
    /** Other top candidates that must sit under an ancestor for it to be the article. */
    private static final int MIN_SHARED_CANDIDATES = 3;
    /** Candidates within this share of the top score count as rivals of the top one. */
    private static final double RIVAL_SCORE_SHARE = 0.75;
    /** Minimum score of a sibling for it to join (Readability). */
    private static final double MIN_SIBLING_SCORE = 10;
    /** Shorter candidates are headings, labels or widgets, whatever their class names promise. */
    private static final int MIN_CANDIDATE_CHARS = 140;
    /** How far above the best container an enclosing {@code <article>} is looked for. */
    private static final int ARTICLE_SEARCH_LEVELS = 4;
    /**
     * Share of extra text an enclosing {@code <article>} may add (lead, deck, byline) and still be used: up to as
     * much again as the best container. The publisher's own {@code <article>} is the safer unit when the best
     * container is one part of it (a signature table after a letter's paragraphs, an author box beside a
     * page-builder column); at 0.5 such articles lost their text to the part (iteration 43).
     */
    private static final double ARTICLE_EXTRA_TEXT_SHARE = 1.0;

    /** A lead is a sentence or two: shorter is a label, longer is a teaser list. */
    private static final int MIN_LEAD_CHARS = 40;
    /** How far above the text a lead is looked for: the article header, not the page header. */
    private static final int LEAD_SEARCH_LEVELS = 3;
    private static final int MAX_LEAD_CHARS = 1000;

    private final TextStats stats;
    private final Map<Element, Double> scores;

    ArticleRoot(TextStats stats, Map<Element, Double> scores) {
        this.stats = stats;
        this.scores = scores;
    }

    /** The article's elements, in document order, from candidates ranked best first. */
    List<Element> find(List<Element> ranked, Element body) {
        Element top = enclosingArticle(climb(sharedAncestor(substantial(ranked)), body));
        List<Element> parts = withSiblings(top);
        Element lead = leadBefore(top, parts);
        if (lead != null) {
            parts.add(0, lead);
        }
        return parts;
    }

    /** A lead marked as such a few levels up, above the text ("chapo", "abstract", "lead"), not yet included. */
    private Element leadBefore(Element top, List<Element> parts) {
        Set<Element> topAncestors = ancestorsOf(top);
        Element ancestor = top.parent();
        for (int level = 0; ancestor != null && level < LEAD_SEARCH_LEVELS; level++, ancestor = ancestor.parent()) {
            for (Element e : Descendants.before(ancestor, top)) {
                if (!topAncestors.contains(e) && (isLead(e, stats.textLength(e), stats.linkDensity(e)) || isDeck(e))
                        && !isInside(e, parts)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean isInside(Element e, List<Element> parts) {
        for (Element x = e; x != null; x = x.parent()) {
            for (Element p : parts) {
                if (p == x) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The element's ancestors as an identity set: a list's contains() costs the depth of the tree per question. */
    private static Set<Element> ancestorsOf(Element e) {
        Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element p = e.parent(); p != null; p = p.parent()) {
            ancestors.add(p);
        }
        return ancestors;
    }

    private double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    /**
     * Drops candidates too short to be an article when a longer one exists: class weights alone can lift a
     * title block ("page-title") above the container of the text.
     */
    private List<Element> substantial(List<Element> ranked) {
        List<Element> out = new ArrayList<>();
        for (Element e : ranked) {
            if (stats.textLength(e) >= MIN_CANDIDATE_CHARS) {
                out.add(e);
            }
        }
        return out.isEmpty() ? ranked : out;
    }
    /** Moves up to an ancestor that holds several rival candidates: the article is split in parts. */
    private Element sharedAncestor(List<Element> ranked) {
        Element top = ranked.get(0);
        double topScore = scores.get(top);
        List<Element> rivals = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (scores.get(ranked.get(i)) >= topScore * RIVAL_SCORE_SHARE) {
                rivals.add(ranked.get(i));
            }
        }
        if (rivals.size() < MIN_SHARED_CANDIDATES) {
            return top;
        }
        // each rival's ancestors once: asking r.parents() per level costs the depth squared on a deep tree
        List<Set<Element>> rivalAncestors = new ArrayList<>();
        for (Element r : rivals) {
            rivalAncestors.add(ancestorsOf(r));
        }
        for (Element a = top.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            int inside = 0;
            for (Set<Element> ancestors : rivalAncestors) {
                if (ancestors.contains(a)) {
                    inside++;
                }
            }
            if (inside >= MIN_SHARED_CANDIDATES) {
                return a;
            }
        }
        return top;
    }
    /** Readability's climb: skip only-child wrappers, and move up while the parent scores better. */
    private Element climb(Element top, Element body) {
        Element candidate = top;
        double last = score(candidate);
        double threshold = last / 3;
        for (Element parent = candidate.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (!scores.containsKey(parent)) {
                continue;
            }
            double parentScore = scores.get(parent);
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > last) {
                candidate = parent;
                break;
            }
            last = parentScore;
        }
        while (candidate.parent() != null && candidate.parent() != body && candidate.parent().childrenSize() == 1) {
            candidate = candidate.parent();
        }
        return candidate;
    }
    /**
     * An HTML5 {@code <article>} (or schema.org articleBody) around the best container holds its lead
     * paragraph and headline deck as well; it replaces the container unless it mostly adds other text.
     */
    private Element enclosingArticle(Element top) {
        int topLength = stats.textLength(top);
        Element a = top.parent();
        for (int level = 0; a != null && level < ARTICLE_SEARCH_LEVELS; level++, a = a.parent()) {
            boolean marked = a.normalName().equals("article") || a.attr("itemprop").equalsIgnoreCase("articleBody");
            if (marked) {
                boolean modestExtra = stats.textLength(a) <= topLength * (1 + ARTICLE_EXTRA_TEXT_SHARE);
                return modestExtra && stats.linkDensity(a) < Heuristics.SIBLING_MAX_LINK_DENSITY ? a : top;
            }
        }
        return top;
    }
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return new ArrayList<>(List.of(top));
        }
        double topScore = score(top);
        double threshold = Math.max(MIN_SIBLING_SCORE, topScore * Heuristics.SIBLING_SCORE_SHARE);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || joins(sibling, top, topScore, threshold)) {
                out.add(sibling);
            }
        }
        return out;
    }

    /**
     * A deck: the h2 written right after the h1, a sentence long and unlinked. It sits in the article header beside
     * the headline, outside the text container, like a lead without a lead class (trafilatura's truth counts it as
     * text; Readability.js leaves it out, but the readability set is not scored on body text).
     */
    private boolean isDeck(Element e) {
        Element previous = e.previousElementSibling();
        int length = stats.textLength(e);
        return e.normalName().equals("h2") && previous != null && previous.normalName().equals("h1")
                && length >= MIN_LEAD_CHARS && length <= MAX_LEAD_CHARS && stats.linkDensity(e) == 0;
    }

    /** The standfirst above the text ("lead", "intro", "teaser", "Vorspann"): short, unlinked, marked as such. */
    private static boolean isLead(Element e, int length, double density) {
        return length >= MIN_LEAD_CHARS && length <= MAX_LEAD_CHARS && density < Heuristics.SIBLING_MAX_LINK_DENSITY
                && (Heuristics.LEAD.matches(e.className()) || Heuristics.LEAD.matches(e.id()));
    }

    private boolean joins(Element sibling, Element top, double topScore, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                ? topScore * Heuristics.SIBLING_SCORE_SHARE : 0;
        if (scores.containsKey(sibling) && score(sibling) + bonus >= threshold) {
            return true;
        }
        int length = stats.textLength(sibling);
        double density = stats.linkDensity(sibling);
        if (isLead(sibling, length, density)) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        if (length > Heuristics.SIBLING_PARAGRAPH_CHARS) {
            return density < Heuristics.SIBLING_MAX_LINK_DENSITY;
        }
        return length > 0 && density == 0 && SENTENCE_END.matcher(sibling.text()).matches();
    }
}
