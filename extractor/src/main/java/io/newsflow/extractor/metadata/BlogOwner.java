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

    private BlogOwner() {
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
