package io.newsflow.extractor.metadata;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.List;
import org.jsoup.nodes.Element;

/** Removes the " | Site name" part of a title and prefers the page's own headline when it matches. */
final class TitleCleaner {

    /** Separators sites put between headline and site name. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/\\\\]\\s+|\\s*[|·•»]\\s*|\\s+::\\s+");
    /** Below this many words, what remains after cutting is more likely a section name than a headline. */
    private static final int MIN_HEADLINE_WORDS = 4;

    String clean(String title, String siteName, String host, List<Element> headings) {
        if (title == null) {
            return null;
        }
        String headline = matchingHeading(title, headings);
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
            return title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|\\-–—:·•»/\\\\]+$", "").strip();
        }
        if (isSiteName(first, siteName, host)) {
            return title.substring(title.indexOf(first) + first.length()).replaceAll("^[\\s|\\-–—:·•»/\\\\]+", "").strip();
        }
        String cut = title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|\\-–—:·•»/\\\\]+$", "").strip();
        return words(cut) >= MIN_HEADLINE_WORDS && last.length() < cut.length() ? cut : title;
    }

    /** An h1/h2 whose text is contained in the title is the headline itself. */
    private static String matchingHeading(String title, List<Element> headings) {
        String t = norm(title);
        for (Element h : headings) {
            String text = Text.normalizeSpace(h.text());
            if (words(text) >= 2 && t.contains(norm(text)) && (t.equals(norm(text))
                    || text.length() * 2 >= title.length() / 2)) {
                return text;
            }
        }
        return null;
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
            String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replace("-", "");
            String core = h.contains(".") ? h.substring(0, h.lastIndexOf('.')) : h;
            return p.equals(h) || (core.length() >= 3 && (p.contains(core) || core.contains(p) && p.length() >= 3));
        }
        return false;
    }

    private static String norm(String s) {
        return Text.normalizeSpace(s).toLowerCase(Locale.ROOT).replaceAll("[\"'“”„«»‘’]", "");
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
