package io.newsflow.extractor.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns byline text into person names. */
final class Bylines {

    /** Patterns used per author candidate, compiled once (String.replaceAll and split compile their regex on every call). */
    private static final Pattern NAME_EDGES = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.)]]+$");
    private static final Pattern BYLINE_EDGES = Pattern.compile("^[\\p{Punct}\\s]+|[\\s,;:|\\-–—»«›‹•·]+$");
    private static final Pattern NON_WORD = Pattern.compile("\\W");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** "By", "Von", "Par", "Por", "Di", "Door", "Autor:" ... introduce the names in a visible byline. */
    private static final Pattern LEADING_BY = Pattern.compile(
            "(?iu)^\\s*(?:(?-i:By(?=\\p{Lu}))|(by|von|vom|par|por|di|door|de|av|af|przez|autor(?:in|es|a)?|auteurs?|authors?|written by|"
                    + "posted by|eingestellt von|geschrieben von|verfasst von|beitrag von|beitragvon|text|texte|"
                    + "erstellt von|gespeichert von|veröffentlicht von|publié par|publicado por|pubblicato da|redakcja|reporter|words|"
                    // author-box links: "Alles von Martin Junker", "View all posts by X", "More from X"
                    + "alles von|alle beiträge von|alle artikel von|mehr von|more from|more by|(?:view )?all posts by|"
                    + "(?:all )?articles by|posts by)\\s*[:\\-–—]?\\s+)");
    /** A news agency credited after the author ("David Hutzler, dpa"): the author is the person. */
    private static final Pattern AGENCY_SUFFIX = Pattern.compile(
            "(?iu)(?:\\s*[,/]\\s*|\\s+)\\(?(?:dpa(?:-afx)?|afp|ap|reuters|kna|epd|apa|sda|ansa|efe|ddp|dts|ots|idea)\\)?$");
    /**
     * An interview credit ("Richard David Precht im Gespräch mit Karin Fischer"): the interviewee and the
     * interviewer are both credited, as two names ("A; B"), not as one long byline that is no name at all.
     */
    private static final Pattern INTERVIEW_CREDIT = Pattern.compile(
            "(?iu)^(.+?)\\s+(?:im gespräch mit|im interview mit|in conversation with|in an interview with)\\s+(.+)$");
    /** Separators between several names. */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("(?iu)\\s*(?:;|\\||,|\\s&\\s|\\sand\\s|\\sund\\s|\\set\\s|\\si\\s|\\sy\\s|\\se\\s)\\s*");
    /** A name is a few words; longer text is a sentence or a bio, not a byline. */
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_NAME_CHARS = 60;
    /** Several names written out still fit in this; longer text is a sentence or a bio. */
    private static final int MAX_BYLINE_CHARS = 100;
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)(^(author|autor|autorin|authors|auteurs?|autores|follow|folgen|alle|all|view|more|mehr|posts|"
                    + "beiträge|profile|profil|by|von|vom|por|par|share|written|contact|kontakt|home|startseite|über|"
                    + "about|aufräumen|menu|menü|login|anmelden|suche|search|stand|datum|date)\\b|archiv|https?:|www\\.|@|\\d{3,}|\\.(com|de|org|net)\\b|admin|newsroom|agency|"
                    + "updated|published|aktualisiert|veröffentlicht|minute|min read|lesezeit|zuletzt|geändert|modified)");

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
            String name = NAME_EDGES.matcher(part.strip()).replaceAll("");
            if (isPersonName(name) && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** "Rob Picheta, CNN" on cnn.com: the trailing site name is the employer, not a second author. */
    private static String withoutSiteSuffix(String byline, String siteName) {
        int cut = Math.max(byline.lastIndexOf(", "), Math.max(byline.lastIndexOf(" | "), byline.lastIndexOf(" / ")));
        if (cut > 0 && isSite(byline.substring(cut + 2).strip(), siteName)) {
            return byline.substring(0, cut).strip();
        }
        return byline;
    }

    static boolean isSite(String name, String siteName) {
        if (siteName == null || siteName.isBlank()) {
            return false;
        }
        String n = NON_WORD.matcher(name.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        String site = NON_WORD.matcher(siteName.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        return !n.isEmpty() && !site.isEmpty() && (n.contains(site) || site.contains(n));
    }

    /** A user handle ("robert.stitz", "gabor_munier", "sarah-indra"): an account, not how the page names its author. */
    private static final Pattern HANDLE = Pattern.compile("(?u)^[\\p{Ll}\\d]+(?:[._-][\\p{Ll}\\d]+)+$|^\\S*[_@]\\S*$");
    /** A legal form at the end: "Bund der Energieverbraucher e.V.", "homify GmbH" name an organisation. */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?u)(?:\\s|^)(?:e\\.\\s?V\\.?|GmbH|gGmbH|AG|KG|Inc\\.?|Ltd\\.?|LLC|S\\.A\\.?|SE|plc)$");

    /**
     * A structured author that a visible byline naming a person should replace: the site itself, a handle, a lone
     * first name ("Nils" where the byline says "Nils Pickert") or an organisation with its legal form.
     */
    static boolean isWeakAuthor(String author, String siteName) {
        String a = author.strip();
        return isSite(a, siteName) || HANDLE.matcher(a).find() || !a.contains(" ") || LEGAL_FORM.matcher(a).find();
    }

    /** "A im Gespräch mit B" with a person's name on each side: "A; B"; otherwise null. */
    static String interviewCredit(String byline) {
        java.util.regex.Matcher m = INTERVIEW_CREDIT.matcher(byline);
        if (!m.matches()) {
            return null;
        }
        String a = m.group(1).strip();
        String b = m.group(2).strip();
        return isPersonName(a) && isPersonName(b) && splitNames(a).size() == 1 && splitNames(b).size() == 1
                ? a + "; " + b : null;
    }

    static boolean isPersonName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_CHARS) {
            return false;
        }
        int words = WHITESPACE.split(name).length;
        // A colon inside ("KOOKread: In dem Moment") makes a title or a label, never a name.
        return words <= MAX_NAME_WORDS && !NOT_A_NAME.matcher(name).find() && Character.isLetter(name.codePointAt(0))
                && name.indexOf(':') < 0;
    }

    /**
     * The names as the page writes them ("David Brand and Ramsey Khalifeh"), without a leading "By" and
     * surrounding punctuation; null when no part of it looks like a person.
     */
    static String asWritten(String raw) {
        return asWritten(raw, null);
    }

    /** As {@link #asWritten(String)}, and null when the "name" is the site's own name. */
    static String asWritten(String raw, String siteName) {
        if (raw == null) {
            return null;
        }
        String s = LEADING_BY.matcher(Text.normalizeSpace(raw)).replaceFirst("");
        s = BYLINE_EDGES.matcher(LEADING_BY.matcher(s).replaceFirst("")).replaceAll("");
        s = withoutSiteSuffix(s, siteName);
        String interview = interviewCredit(s);
        if (interview != null) {
            return interview;
        }
        String person = AGENCY_SUFFIX.matcher(s).replaceFirst("");
        if (!person.isEmpty() && !person.equals(s) && !splitNames(person).isEmpty()) {
            s = person;
        }
        if (s.isEmpty() || s.length() > MAX_BYLINE_CHARS || splitNames(s).isEmpty() || isSite(s, siteName)) {
            return null;
        }
        return s;
    }

}
