package io.newsflow.extractor.content;

import io.newsflow.extractor.ArticleLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.newsflow.extractor.metadata.DateParser;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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

    /** Room for "By", "Von", "Written by" before the author's name in a byline block. */
    private static final int BYLINE_PREFIX_CHARS = 12;

    /** Unicode-aware, so headlines in Bengali or Chinese do not normalise to nothing. */
    private static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);

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
        return second.text().length() > first.text().length() ? second : first;
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
        return assemble(renderer.blocks(), known);
    }

    private static Content assemble(List<TextRenderer.Block> blocks, Known known) {
        StringBuilder text = new StringBuilder();
        Map<String, ArticleLink> links = new LinkedHashMap<>();
        String normTitle = known.title() == null ? null : norm(known.title());
        String normAuthor = known.author() == null ? null : norm(known.author().replace(";", " "));
        boolean leading = true;
        for (TextRenderer.Block b : blocks) {
            // Headlines, bylines and datelines are short; long blocks skip the comparisons.
            boolean shortBlock = b.text().length() <= Heuristics.BOILERPLATE_MAX_CHARS;
            String normText = shortBlock ? norm(b.text()) : "";
            if (shortBlock && leading && !normText.isEmpty() && normText.equals(normTitle)) {
                continue;
            }
            if (shortBlock && isBylineOrDateline(b.text(), normText, normAuthor) || !keep(b)) {
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

    /** "By Jane Doe", "Jane Doe", "Published Monday, November 18, 2019": metadata, not article text. */
    private static boolean isBylineOrDateline(String text, String normText, String normAuthor) {
        if (normAuthor != null && !normAuthor.isEmpty() && normText.endsWith(normAuthor)
                && normText.length() <= normAuthor.length() + BYLINE_PREFIX_CHARS) {
            return true;
        }
        return normText.split(" ").length <= Heuristics.DATELINE_MAX_WORDS && !text.endsWith(".")
                && DateParser.parse(text) != null;
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
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
