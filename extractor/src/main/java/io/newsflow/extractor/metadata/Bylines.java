package io.newsflow.extractor.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns byline text into person names. */
final class Bylines {

    /** "By", "Von", "Par", "Por", "Di", "Door", "Autor:" ... introduce the names in a visible byline. */
    private static final Pattern LEADING_BY = Pattern.compile(
            "(?iu)^\\s*(by|von|par|por|di|door|de|av|af|przez|autor(?:in)?|author|written by|text|texte|"
                    + "redakcja|reporter|words)\\s*[:\\-–—]?\\s+");
    /** Separators between several names. */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("(?iu)\\s*(?:;|\\||,|\\s&\\s|\\sand\\s|\\sund\\s|\\set\\s|\\si\\s|\\sy\\s|\\se\\s)\\s*");
    /** A name is a few words; longer text is a sentence or a bio, not a byline. */
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_NAME_CHARS = 60;
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)(^(author|autor|autorin|authors|follow|folgen|alle|all|view|more|mehr|posts|beiträge|profile|"
                    + "profil|by|von|share|written|contact|kontakt|home|startseite|über|about)\\b|archiv|https?:|www\\.|@|\\d{3,}|\\.(com|de|org|net)\\b|redaktion|staff|admin|team|newsroom|agency|"
                    + "updated|published|aktualisiert|veröffentlicht|minute|min read|lesezeit)");

    private Bylines() {
    }

    /** Splits "A and B, C" into names, dropping a leading "By" and anything that is not a person. */
    static List<String> splitNames(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        String s = LEADING_BY.matcher(Text.normalizeSpace(raw)).replaceFirst("");
        s = LEADING_BY.matcher(s).replaceFirst("");
        for (String part : NAME_SEPARATOR.split(s)) {
            String name = part.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.)]]+$", "");
            if (isPersonName(name) && !out.contains(name)) {
                out.add(name);
            }
        }
        // "Doe, John" style: two single-word parts are one name written surname first.
        return out;
    }

    static boolean isPersonName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_CHARS) {
            return false;
        }
        int words = name.split("\\s+").length;
        return words <= MAX_NAME_WORDS && !NOT_A_NAME.matcher(name).find() && Character.isLetter(name.codePointAt(0));
    }

    /** Joins names found in a byline string, or null when none look like people. */
    static String clean(String raw) {
        List<String> names = splitNames(raw);
        return names.isEmpty() ? null : String.join("; ", names);
    }
}
