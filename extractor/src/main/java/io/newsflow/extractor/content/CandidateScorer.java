package io.newsflow.extractor.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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
    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    CandidateScorer(TextStats stats) {
        this.stats = stats;
    }

    /** The elements that make up the article, in document order; empty when nothing scored. */
    List<Element> select(Element body) {
        for (Element e : Descendants.all(body)) {
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
        return new ArticleRoot(stats, scores).find(ranked, body);
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
        // Child nodes by index: Element.children() builds (and caches) a list per element.
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element c && Heuristics.BLOCK_TAGS.contains(c.normalName())) {
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
                String lower = s.toLowerCase(Locale.ROOT);
                if (Heuristics.NEGATIVE.matchesLowerCase(lower)) {
                    w -= Heuristics.CLASS_WEIGHT;
                }
                if (Heuristics.POSITIVE.matchesLowerCase(lower)) {
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






}
