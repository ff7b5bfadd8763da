package io.newsflow.extractor.metadata;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Removes the " | Site name" part of a title and prefers the page's own headline when it matches. */
final class TitleCleaner {

    /** Patterns used per title, compiled once (String.replaceAll and split compile their regex on every call). */
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|\\-–—:·•»/\\\\]+$");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s|\\-–—:·•»/\\\\]+");
    private static final Pattern WWW = Pattern.compile("^www\\.");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”„«»‘’]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Separators sites put between headline and site name. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/\\\\]\\s+|\\s*[|·•»]\\s*|\\s+::\\s+");
    /** Below this many words, what remains after cutting is more likely a section name than a headline. */
    private static final int MIN_HEADLINE_WORDS = 4;
    /** Longer than this, an h1 is a teaser paragraph styled as a heading. */
    private static final int MAX_HEADLINE_WORDS = 40;
    /**
     * What may stand between a headline and the rest of a document {@code <title>} that names the site or
     * section: one of the separators, with or without spaces. A {@code <title>} that continues the headline
     * without one ("Headline [Site]", "Headline_Section_Site") is kept whole: Readability.js and trafilatura cut
     * titles only at separators, and the truths of both benchmarks keep such titles as written. (A share title,
     * og:title or JSON-LD, that extends the h1 is an editor's rewrite and still yields to the h1.)
     */
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*(?:[|\\-–—:·•»›/\\\\]|::)");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("(?:[|\\-–—:·•«»‹›/\\\\]|::)\\s*$");

    String clean(String title, String siteName, String host, List<Element> headings) {
        return clean(title, siteName, host, headings, false);
    }

    /** @param titleElement whether the title is the document's {@code <title>} (see LEADING_SEPARATOR) */
    String clean(String title, String siteName, String host, List<Element> headings, boolean titleElement) {
        if (title == null) {
            return null;
        }
        String headline = matchingHeading(title, headings, titleElement);
        if (headline != null) {
            return headline;
        }
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        if (isSiteName(last, siteName, host)) {
            return TRAILING_SEPARATORS.matcher(title.substring(0, title.lastIndexOf(last))).replaceAll("").strip();
        }
        if (isSiteName(first, siteName, host)) {
            return LEADING_SEPARATORS.matcher(title.substring(title.indexOf(first) + first.length())).replaceAll("").strip();
        }
        String cut = TRAILING_SEPARATORS.matcher(title.substring(0, title.lastIndexOf(last))).replaceAll("").strip();
        return words(cut) >= MIN_HEADLINE_WORDS && last.length() < cut.length() ? cut : title;
    }

    /**
     * The page's only h1 when it is a headline that differs from the metadata title: editors rewrite og:title
     * and JSON-LD headlines for sharing and search, while the h1 is what the reader sees. Null to keep the
     * title. A kicker written into the h1 ("Politics | Headline") is recognised by the title ending it.
     *
     * @param titleElement whether the title is the document's {@code <title>} (see LEADING_SEPARATOR)
     */
    String visibleHeadline(String title, String siteName, String host, List<Element> headings,
            boolean titleElement) {
        Element only = null;
        for (Element h : headings) {
            if (h.normalName().equals("h1") && h.hasText()) {
                if (only != null) {
                    return null;
                }
                only = h;
            }
        }
        if (only == null) {
            return null;
        }
        String text = headlinePart(only, norm(title));
        if (text == null) {
            return null;
        }
        int words = words(text);
        if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS || isSiteName(text, siteName, host)) {
            return null;
        }
        String h1 = norm(text);
        String t = norm(title);
        if (h1.equals(t) || h1.endsWith(t) || titleElement && !joinedBySeparator(title, text)) {
            return null;
        }
        String cleaned = clean(text, siteName, host, List.of());
        return norm(cleaned).equals(t) ? null : cleaned;
    }

    /**
     * An h1 built of parts (kicker + headline, headline + subtitle): the part that shares text with the
     * title; null when no part does. An h1 of one part: its whole text.
     */
    private static String headlinePart(Element h1, String title) {
        String best = null;
        int parts = 0;
        for (Element child : h1.children()) {
            String text = Text.normalizeSpace(child.text());
            if (text.isEmpty()) {
                continue;
            }
            parts++;
            String n = norm(text);
            if ((title.contains(n) || n.contains(title)) && (best == null || text.length() > best.length())) {
                best = text;
            }
        }
        return parts >= 2 && h1.ownText().isBlank() ? best : Text.normalizeSpace(h1.text());
    }

    /** An h1/h2 whose text is contained in the title is the headline itself. */
    private static String matchingHeading(String title, List<Element> headings, boolean titleElement) {
        String t = norm(title);
        for (Element h : headings) {
            String text = Text.normalizeSpace(h.text());
            String n = norm(text);
            if (words(text) >= 2 && t.contains(n) && (t.equals(n)
                    || text.length() * 2 >= title.length() / 2
                    && (!titleElement || joinedBySeparator(title, text)))) {
                return text;
            }
        }
        return null;
    }

    /**
     * Whether the headline {@code part} stands in {@code title} on its own: the text before it ends and the text
     * after it begins with a separator (LEADING_SEPARATOR). True when the part is not found as written (quotes
     * or spacing differ): then nothing says the title continues it.
     */
    static boolean joinedBySeparator(String title, String part) {
        String t = Text.normalizeSpace(title).toLowerCase(Locale.ROOT);
        String p = Text.normalizeSpace(part).toLowerCase(Locale.ROOT);
        int at = t.indexOf(p);
        if (at < 0 || p.isEmpty()) {
            return true;
        }
        String before = t.substring(0, at);
        String after = t.substring(at + p.length());
        return (before.isBlank() || TRAILING_SEPARATOR.matcher(before).find())
                && (after.isBlank() || LEADING_SEPARATOR.matcher(after).find());
    }

    private static boolean isSiteName(String part, String siteName, String host) {
        String p = norm(part).replace(" ", "");
        if (p.isEmpty()) {
            return false;
        }
        if (siteName != null) {
            String s = norm(siteName).replace(" ", "");
            if (!s.isEmpty() && (s.contains(p) || p.contains(s))) {
                return true;
            }
        }
        if (host != null) {
            String h = WWW.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("").replace("-", "");
            String core = h.contains(".") ? h.substring(0, h.lastIndexOf('.')) : h;
            return p.equals(h) || (core.length() >= 3 && (p.contains(core) || core.contains(p) && p.length() >= 3));
        }
        return false;
    }

    private static String norm(String s) {
        return QUOTES.matcher(Text.normalizeSpace(s).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : WHITESPACE.split(t).length;
    }
}
