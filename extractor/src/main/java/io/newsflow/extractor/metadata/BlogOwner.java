package io.newsflow.extractor.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A personal site names its owner in its title: "JSON parsing: simdjson vs. JSON for Modern C++ – Daniel Lemire's
 * blog", "Gregory Szorc's Digital Home | Mercurial's Journey ...". When no byline or structured author was found, the
 * owner of such a blog or home page is the author. Only a full personal name (two or three capitalised words) before
 * the possessive counts: "Harper's Magazine" or "Mywakenews's Blog" name a publication or a handle, not a person.
 */
final class BlogOwner {

    /** One part of the title, between separators, that is all of "<Name>'s blog / weblog / home page / website". */
    private static final Pattern OWNED_SITE = Pattern.compile("(?u)^(\\p{Lu}[\\p{L}.-]+(?: \\p{Lu}[\\p{L}.-]+){1,2})"
            + "['’]s (?i:(?:personal |digital |private )?(?:blog|weblog|home ?page|home|web ?site|web ?log))$");
    /** How titles separate the page's own title from the site's name. */
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|–—·•»:-]\\s+|\\s*\\|\\s*|\\n");

    /**
     * A review page titled after its reviewer: "gousto.co.uk reviewed by Mrs H Pyke". The review's author is the
     * name after "reviewed by" (a name of two to four words, the last one capitalised).
     */
    private static final Pattern REVIEWED_BY = Pattern.compile("(?u)^.+\\s(?:reviewed by|rezensiert von|bewertet von)\\s+"
            + "(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){1,3})$");

    /**
     * A speech's page names its speaker in the title: "Rede von Bundespräsident Johannes Rau beim …", "Remarks by
     * President X". The speaker wrote the text; an office before the name is not part of it.
     */
    private static final Pattern SPEECH_BY = Pattern.compile("(?u)(?:^|\\s)(?:Rede|Ansprache|Grußwort|Speech|Remarks|Address)"
            + " (?:von|by)\\s+(?:(?:der |des |dem )?\\p{L}*(?:präsident|kanzler|minister|bürgermeister)(?:in)?\\s+"
            + "|(?:President|Prime Minister|Chancellor|Governor|Secretary|Senator|Mayor)\\s+)?"
            + "(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,2})(?:\\s+\\p{Ll}.*)?$");
    /** A person's own about page: "Über André Loibl", "About Jane Doe" as one part of the title. */
    private static final Pattern ABOUT_PERSON = Pattern.compile(
            "(?u)^(?:Über|About)\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,2})$");

    private BlogOwner() {
    }

    /** The person a page title names as its writer: the blog's owner, a reviewer, a speaker; or null. */
    static String personFromTitle(String title) {
        String owner = fromTitle(title);
        if (owner == null) {
            owner = reviewerFromTitle(title);
        }
        return owner != null ? owner : subjectFromTitle(title);
    }

    /** The speaker of a speech or the person of an about page, named in one part of the title; or null. */
    static String subjectFromTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        for (String part : SEPARATORS.split(title)) {
            String text = Text.normalizeSpace(part);
            Matcher m = SPEECH_BY.matcher(text);
            if (!m.find()) {
                m = ABOUT_PERSON.matcher(text);
                if (!m.matches()) {
                    continue;
                }
            }
            if (Bylines.isPersonName(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The reviewer named at the end of a review page's title ("… reviewed by Mrs H Pyke"), or null. */
    static String reviewerFromTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        Matcher m = REVIEWED_BY.matcher(Text.normalizeSpace(title));
        return m.matches() && Bylines.isPersonName(m.group(1)) ? m.group(1) : null;
    }

    /** The owner's name in the page or site title, or null. */
    static String fromTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        for (String part : SEPARATORS.split(title)) {
            Matcher m = OWNED_SITE.matcher(Text.normalizeSpace(part));
            if (m.matches() && Bylines.isPersonName(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }
}
