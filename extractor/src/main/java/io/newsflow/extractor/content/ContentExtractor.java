package io.newsflow.extractor.content;

import io.newsflow.extractor.ArticleLink;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the article body of a parsed page. Like Readability it first cleans aggressively and, when that
 * leaves too little text, retries on a fresh parse with gentler cleaning, keeping the longer attempt.
 * Stateless and thread-safe; the document passed in is modified.
 */
public final class ContentExtractor {

    /** Selectors parsed once: jsoup parses a query string again on every call. */
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator TEXT_BLOCKS = QueryParser.parse("p, blockquote, pre");

    /** The article text and the links inside it. */
    public record Content(String text, List<ArticleLink> links) {
        static final Content EMPTY = new Content("", List.of());
    }

    private final DocumentCleaner cleaner = new DocumentCleaner();
    private final LooseTextWrapper wrapper = new LooseTextWrapper();

    /**
     * @param doc      the parsed page (will be modified)
     * @param reparse  a fresh parse of the same page, for the gentler retry
     * @param known    headline and author already found, whose repetitions in the body are furniture
     */
    public Content extract(Document doc, Supplier<Document> reparse, Known known) {
        Content first = attempt(doc, true, known);
        if (first.text().length() >= Heuristics.MIN_ARTICLE_CHARS) {
            return first;
        }
        Content second = attempt(reparse.get(), false, known);
        Content better = second.text().length() > first.text().length() ? second : first;
        return better.text().isEmpty() ? baseline(reparse.get()) : better;
    }

    /**
     * trafilatura's last resort when scoring finds nothing (a link roll, a slideshow of captioned slides): the
     * page's first {@code <article>}, else all its paragraphs, quotes and preformatted blocks, after the strict
     * cleaning (junk, hidden elements and furniture such as consent notices go). Used only when both attempts came
     * back empty, so a page that yields some text is never affected.
     */
    private Content baseline(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return Content.EMPTY;
        }
        cleaner.clean(body, true); // furniture (cookie notices, menus, footers) never becomes the text
        TextRenderer renderer = new TextRenderer();
        Element article = body.selectFirst(ARTICLE);
        if (article != null && TextStats.of(article).textLength(article) >= Heuristics.BASELINE_MIN_CHARS) {
            renderer.render(article);
        } else {
            for (Element e : Descendants.outermost(body, TEXT_BLOCKS)) {
                renderer.render(e); // the outermost only: a quote's paragraphs are rendered with it
            }
        }
        // Not through BlockFilter's rules: its link-list and boilerplate rules are what emptied the page before.
        Content content = BlockFilter.join(renderer.blocks());
        return content.text().length() >= Heuristics.BASELINE_MIN_CHARS ? content : Content.EMPTY;
    }

    /** Metadata the body should not repeat; either may be null. */
    public record Known(String title, String author) {
        public static final Known NOTHING = new Known(null, null);
    }

    private Content attempt(Document doc, boolean stripUnlikely, Known known) {
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
        return BlockFilter.assemble(renderer.blocks(), known);
    }
}
