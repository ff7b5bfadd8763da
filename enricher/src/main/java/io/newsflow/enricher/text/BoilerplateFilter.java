package io.newsflow.enricher.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops the page furniture that survives in copied or loosely extracted article text, so that
 * publishers' blurbs, comment prompts and photo credits are not tagged: everything from the first
 * footer marker on, "No Comments on ..." meta lines, repeated headlines and credit parentheses.
 */
final class BoilerplateFilter {

    /**
     * Lines that open the page footer on news sites: after them comes no article text. Matched against
     * the whole (trimmed) line only, so a sentence that merely mentions a copyright is kept.
     */
    private static final Pattern FOOTER_MARKER = Pattern.compile(
            "(?i)(related (articles|posts|stories)|leave a (comment|reply)|you may also like|read more|"
                    + "share this( article)?|(©|copyright|\\(c\\)).*|subscribe.*|sign up.*newsletter.*|"
                    + "back to top|comments?|post navigation)[.:]?");

    /** WordPress-style meta line: "Europe, News No Comments on <headline>" or "3 Comments". */
    private static final Pattern META_LINE = Pattern.compile("(?i).*\\b(no|\\d+) comments?( on\\b.*)?");

    /** "(Image Credit: NATO/Erik Luntang)", "(Photo: Reuters)": credits name the photographer, not the story. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\((image|photo|picture|video)( credit)?s?\\s*:[^)]*\\)|\\b(image|photo) credit\\s*:.*$");

    /** A footer marker this early is a heading inside the article ("Read more" after the lead), not the footer. */
    private static final double FOOTER_MIN_POSITION = 0.5;

    private BoilerplateFilter() {
    }

    /** The body's lines that belong to the article, joined by newlines. */
    static String clean(String title, String body) {
        String[] lines = body.split("\\R");
        String normalisedTitle = normalise(title);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = CREDIT.matcher(lines[i]).replaceAll("").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (i >= lines.length * FOOTER_MIN_POSITION && FOOTER_MARKER.matcher(line).matches()) {
                break;
            }
            boolean repeatsTitle = !normalisedTitle.isEmpty() && normalise(line).equals(normalisedTitle);
            if (!repeatsTitle && !META_LINE.matcher(line).matches()) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    private static String normalise(String line) {
        return line == null ? "" : line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
