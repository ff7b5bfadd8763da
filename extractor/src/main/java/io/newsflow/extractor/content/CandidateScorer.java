package io.newsflow.extractor.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Readability's content scoring: every paragraph scores by length and commas, the score flows to its
 * ancestors, link-heavy containers are discounted, and the best container plus its related siblings
 * form the article.
 */
final class CandidateScorer {

    /** Ancestors that receive a paragraph's score (Readability scores five levels). */
    private static final int SCORED_ANCESTOR_LEVELS = 5;
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
    /** Share of extra text an enclosing {@code <article>} may add (lead, deck, byline) and still be used. */
    private static final double ARTICLE_EXTRA_TEXT_SHARE = 0.5;

    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    CandidateScorer(TextStats stats) {
        this.stats = stats;
    }

    /** The elements that make up the article, in document order; empty when nothing scored. */
    List<Element> select(Element body) {
        for (Element e : body.getAllElements()) {
            if (isParagraph(e)) {
                scoreParagraph(e);
            }
        }
        if (scores.isEmpty()) {
            return List.of();
        }
        scores.replaceAll((e, s) -> s * (1 - stats.linkDensity(e)));
        List<Element> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble((Element e) -> scores.get(e)).reversed());
        Element top = enclosingArticle(climb(sharedAncestor(substantial(ranked)), body));
        return withSiblings(top);
    }

    double scoreOf(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    private boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) {
            return stats.textLength(e) >= Heuristics.MIN_PARAGRAPH_CHARS;
        }
        if (tag.equals("div") || tag.equals("section") || tag.equals("span") || tag.equals("font")
                || tag.equals("center") || tag.equals("article")) {
            return stats.textLength(e) >= Heuristics.MIN_PARAGRAPH_CHARS && !hasBlockChild(e);
        }
        return false;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (Heuristics.BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private void scoreParagraph(Element p) {
        int length = stats.textLength(p);
        double score = 1 + stats.commas(p) + Math.min(length / 100, Heuristics.MAX_LENGTH_POINTS);
        Element ancestor = p.parent();
        for (int level = 0; ancestor != null && level < SCORED_ANCESTOR_LEVELS; level++) {
            if (ancestor.normalName().equals("html")) {
                break;
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.put(ancestor, scores.computeIfAbsent(ancestor, this::initialScore) + score / divider);
            ancestor = ancestor.parent();
        }
    }

    private double initialScore(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + classWeight(e) + semanticBonus(e);
    }

    static double classWeight(Element e) {
        double w = 0;
        for (String s : new String[] {e.className(), e.id()}) {
            if (!s.isEmpty()) {
                if (Heuristics.NEGATIVE.matches(s)) {
                    w -= Heuristics.CLASS_WEIGHT;
                }
                if (Heuristics.POSITIVE.matches(s)) {
                    w += Heuristics.CLASS_WEIGHT;
                }
            }
        }
        return w;
    }

    private static double semanticBonus(Element e) {
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
            return Heuristics.SEMANTIC_BONUS;
        }
        return e.normalName().equals("article") || e.normalName().equals("main") ? Heuristics.SEMANTIC_BONUS / 2 : 0;
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
        for (Element a = top.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            int inside = 0;
            for (Element r : rivals) {
                if (r.parents().contains(a)) {
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
        double last = scoreOf(candidate);
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
            return List.of(top);
        }
        double topScore = scoreOf(top);
        double threshold = Math.max(MIN_SIBLING_SCORE, topScore * Heuristics.SIBLING_SCORE_SHARE);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || joins(sibling, top, topScore, threshold)) {
                out.add(sibling);
            }
        }
        return out;
    }

    private boolean joins(Element sibling, Element top, double topScore, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                ? topScore * Heuristics.SIBLING_SCORE_SHARE : 0;
        if (scores.containsKey(sibling) && scoreOf(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        int length = stats.textLength(sibling);
        double density = stats.linkDensity(sibling);
        if (length > Heuristics.SIBLING_PARAGRAPH_CHARS) {
            return density < Heuristics.SIBLING_MAX_LINK_DENSITY;
        }
        return length > 0 && density == 0 && sibling.text().matches("(?s).*\\.( |$)");
    }
}
