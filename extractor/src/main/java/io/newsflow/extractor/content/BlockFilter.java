package io.newsflow.extractor.content;

import io.newsflow.extractor.ArticleLink;
import io.newsflow.extractor.content.ContentExtractor.Content;
import io.newsflow.extractor.content.ContentExtractor.Known;
import io.newsflow.extractor.metadata.DateParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Last pass over the rendered blocks, in the manner of trafilatura: the repeated headline, bylines,
 * datelines, boilerplate phrases and link-only lines go; a "related articles" / "comments" heading in the
 * second half of the text ends the article.
 */
final class BlockFilter {

    /** Unicode-aware, so headlines in Bengali or Chinese do not normalise to nothing. */
    private static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Room for "By", "Von", "Written by" before the author's name in a byline block. */
    private static final int BYLINE_PREFIX_CHARS = 12;
    /** An end marker only ends the article past this share of its text; earlier it is a mid-page teaser. */
    private static final double END_MARKER_MIN_SHARE = 0.5;

    /** A paragraph this long with hardly any link is article prose, not a teaser. */
    private static final int PROSE_CHARS = 300;
    private static final double PROSE_MAX_LINK_DENSITY = 0.1;

    private BlockFilter() {
    }

    static Content assemble(List<TextRenderer.Block> blocks, Known known) {
        return join(keptBlocks(blocks.subList(0, endOfArticle(blocks)), known));
    }

    /** The blocks' text, one per line, and their links (each URL once, first anchor text). */
    static Content join(List<TextRenderer.Block> blocks) {
        StringBuilder text = new StringBuilder();
        Map<String, ArticleLink> links = new LinkedHashMap<>();
        for (TextRenderer.Block b : blocks) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(b.text());
            b.links().forEach(l -> links.putIfAbsent(l.url(), l));
        }
        return new Content(text.toString(), new ArrayList<>(links.values()));
    }

    private static List<TextRenderer.Block> keptBlocks(List<TextRenderer.Block> blocks, Known known) {
        String normTitle = known.title() == null ? null : norm(known.title());
        String normAuthor = known.author() == null ? null : norm(known.author().replace(";", " "));
        List<TextRenderer.Block> kept = new ArrayList<>();
        for (TextRenderer.Block b : blocks) {
            // Headlines, bylines and datelines are short; long blocks skip the comparisons.
            boolean shortBlock = b.text().length() <= Heuristics.BOILERPLATE_MAX_CHARS;
            String normText = shortBlock ? norm(b.text()) : "";
            if (shortBlock && kept.isEmpty() && !normText.isEmpty() && normText.equals(normTitle)) {
                continue;
            }
            if (shortBlock && isBylineOrDateline(b.text(), normText, normAuthor) || !keep(b)) {
                continue;
            }
            kept.add(b);
        }
        return kept;
    }

    /** Index of the first block after the article: an end marker in the second half, else the size. */
    private static int endOfArticle(List<TextRenderer.Block> blocks) {
        int total = 0;
        for (TextRenderer.Block b : blocks) {
            total += b.text().length();
        }
        int seen = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (seen >= total * END_MARKER_MIN_SHARE && text.length() <= Heuristics.END_MARKER_MAX_CHARS
                    && Heuristics.END_MARKER.matcher(text).matches() && !hasProseAfter(blocks, i)) {
                return i;
            }
            seen += text.length();
        }
        return blocks.size();
    }

    /** A long unlinked paragraph after the marker: it was an inline teaser box, the article goes on. */
    private static boolean hasProseAfter(List<TextRenderer.Block> blocks, int marker) {
        for (TextRenderer.Block b : blocks.subList(marker + 1, blocks.size())) {
            if (b.text().length() >= PROSE_CHARS && b.linkDensity() < PROSE_MAX_LINK_DENSITY) {
                return true;
            }
        }
        return false;
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
        if (length <= Heuristics.CREDIT_CAPTION_MAX_CHARS && b.text().indexOf('©') > 0
                && Heuristics.CREDIT_CAPTION.matcher(b.text()).matches()) {
            return false;
        }
        return !(b.linkDensity() > Heuristics.MAX_LINK_DENSITY && length < Heuristics.LINK_BLOCK_MAX_CHARS
                && !b.tag().equals("li"));
    }

    private static String norm(String s) {
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
