package io.newsflow.extractor.content;

import io.newsflow.extractor.ArticleLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body of a parsed page. Like Readability it first cleans aggressively and, when that
 * leaves too little text, retries on a fresh parse with gentler cleaning, keeping the longer attempt.
 * Stateless and thread-safe; the document passed in is modified.
 */
public final class ContentExtractor {

    /** The article text and the links inside it. */
    public record Content(String text, List<ArticleLink> links) {
        static final Content EMPTY = new Content("", List.of());
    }

    private final DocumentCleaner cleaner = new DocumentCleaner();
    private final LooseTextWrapper wrapper = new LooseTextWrapper();

    /**
     * @param doc      the parsed page (will be modified)
     * @param reparse  a fresh parse of the same page, for the gentler retry
     * @param title    the headline, dropped from the start of the body
     */
    public Content extract(Document doc, Supplier<Document> reparse, String title) {
        Content first = attempt(doc, true, title);
        if (first.text().length() >= Heuristics.MIN_ARTICLE_CHARS) {
            return first;
        }
        Content second = attempt(reparse.get(), false, title);
        return second.text().length() > first.text().length() ? second : first;
    }

    private Content attempt(Document doc, boolean stripUnlikely, String title) {
        Element body = doc.body();
        if (body == null) {
            return Content.EMPTY;
        }
        cleaner.clean(body, stripUnlikely);
        wrapper.wrap(body);
        TextStats stats = TextStats.of(body);
        CandidateScorer scorer = new CandidateScorer(stats);
        List<Element> parts = scorer.select(body);
        if (parts.isEmpty()) {
            parts = List.of(body);
        }
        new ArticleCleaner(stats, scorer).clean(parts);
        TextRenderer renderer = new TextRenderer();
        for (Element part : parts) {
            renderer.render(part);
        }
        return assemble(renderer.blocks(), title);
    }

    private static Content assemble(List<TextRenderer.Block> blocks, String title) {
        StringBuilder text = new StringBuilder();
        Map<String, ArticleLink> links = new LinkedHashMap<>();
        String normTitle = title == null ? null : norm(title);
        boolean leading = true;
        for (TextRenderer.Block b : blocks) {
            if (leading && normTitle != null && norm(b.text()).equals(normTitle)) {
                continue;
            }
            if (!keep(b)) {
                continue;
            }
            leading = false;
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(b.text());
            b.links().forEach(l -> links.putIfAbsent(l.url(), l));
        }
        return new Content(text.toString(), new ArrayList<>(links.values()));
    }

    private static boolean keep(TextRenderer.Block b) {
        int length = b.text().length();
        if (length <= Heuristics.BOILERPLATE_MAX_CHARS && Heuristics.BOILERPLATE.matcher(b.text()).matches()) {
            return false;
        }
        return !(b.linkDensity() > Heuristics.MAX_LINK_DENSITY && length < Heuristics.LINK_BLOCK_MAX_CHARS
                && !b.tag().equals("li"));
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
    }
}
