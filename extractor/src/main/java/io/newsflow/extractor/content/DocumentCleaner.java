package io.newsflow.extractor.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes what can never be article text before scoring: scripts and embeds, hidden elements,
 * comments, and (unless relaxed) elements whose class, id or role mark them as page furniture.
 * Iterative traversal, so deeply nested pages cannot overflow the stack.
 */
final class DocumentCleaner {

    /** Parsed once: jsoup parses a query string again on every call. */
    private static final Evaluator PAGE_LANDMARKS = QueryParser.parse("main, article, h1");

    /** A lead paragraph links little; a "teaser" block full of links is a list of other articles. */
    private static final int MAX_LINKS_IN_LEAD = 2;
    /** A form holding this many paragraphs wraps the page (ASP.NET), it is not a sign-up box. */
    private static final int MIN_PARAGRAPHS_IN_PAGE_FORM = 3;
    /** ...as does one holding the main content or this much text (forum threads are often one big form). */
    private static final int MIN_CHARS_IN_PAGE_FORM = 1500;

    void clean(Element root, boolean stripUnlikely) {
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.filter(new Collector(doomed, stripUnlikely), root);
        NodeRemoval.removeAll(doomed);
    }

    private static final class Collector implements org.jsoup.select.NodeFilter {
        private final List<Node> doomed;
        private final boolean stripUnlikely;

        Collector(List<Node> doomed, boolean stripUnlikely) {
            this.doomed = doomed;
            this.stripUnlikely = stripUnlikely;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Comment) {
                doomed.add(node);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (isJunk(e) || isHidden(e) || (stripUnlikely && isUnlikely(e))) {
                doomed.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
        }

        private boolean isJunk(Element e) {
            String tag = e.normalName();
            if (tag.equals("form")) {
                return Descendants.count(e, "p") < MIN_PARAGRAPHS_IN_PAGE_FORM
                        && e.selectFirst(PAGE_LANDMARKS) == null && e.text().length() < MIN_CHARS_IN_PAGE_FORM;
            }
            return Heuristics.JUNK_TAGS.contains(tag);
        }
    }

    static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false; // most elements: no attribute lookups, no matcher allocated
        }
        String style = e.attr("style");
        return e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("body")
                && !Descendants.has(e, "p")
                || !style.isEmpty() && Heuristics.HIDDEN_STYLE.matcher(style).find();
    }

    static boolean isUnlikely(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
                || tag.equals("a") || tag.equals("table") || tag.equals("tbody") || tag.equals("tr") || tag.equals("td")) {
            return false;
        }
        if (e.attributesSize() == 0) {
            return false; // no class, id or role
        }
        String role = e.attr("role");
        if (!role.isEmpty() && Heuristics.UNLIKELY_ROLE.matcher(role).find()) {
            return true;
        }
        String match = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (match.isBlank() || !Heuristics.UNLIKELY.matchesLowerCase(match) || Heuristics.MAYBE.matchesLowerCase(match)) {
            return false;
        }
        if (Heuristics.LEAD.matchesLowerCase(match) && Descendants.count(e, "a") < MAX_LINKS_IN_LEAD) {
            return false; // "article-header__lead": the standfirst, not page furniture
        }
        return !hasArticleAncestor(e) || Descendants.count(e, "p") < 2;
    }

    private static boolean hasArticleAncestor(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article") || p.normalName().equals("main")) {
                return true;
            }
        }
        return false;
    }

}
