package io.newsflow.extractor.metadata;

import io.newsflow.extractor.content.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The elements the metadata readers look at, gathered in one iterative pass over the page: every reader
 * scanning the whole tree on its own cost a quarter of the extraction time on large pages.
 */
final class PageIndex {

    /** Parsed once: jsoup parses a query string again on every call. */
    private static final Evaluator SVG = QueryParser.parse("svg");

    private static final Keywords BYLINE_MARKS = Keywords.fragments("byline", "author", "autor", "writer",
            "dateline", "posted-by", "article-source", "verfasser", "wrote", "contributor", "submitted");
    /**
     * A contact-person box ("ansprechpartner", "contact-person"): on a press or church news page it names who
     * speaks for the text when no byline does. Menu entries linking to such pages are not boxes.
     */
    private static final Keywords CONTACT_PERSON_MARKS = Keywords.fragments("ansprechpartner", "contact-person",
            "contactperson", "kontaktperson");
    /** Contact-person boxes kept: the first few are enough. */
    private static final int MAX_CONTACT_BOXES = 5;
    /** Short phrasing elements that may hold a written byline ("von Daniela Obers"). */
    private static final int MAX_WRITTEN_BYLINE_CHARS = 80;
    /** First letters of the words that introduce a written byline (von, by, par, por, text, autor, ein, blog, written, geschrieben). */
    private static final String BYLINE_INTRO = "vbpteagwr-–—|";
    /** Whole texts of a heading or term that labels the next element as the author. */
    private static final java.util.Set<String> AUTHOR_LABELS = java.util.Set.of("autor", "autorin", "autor:", "autorin:",
            "author", "author:", "autoren", "authors", "auteur", "autore", "von", "by", "text");
    /** Written bylines kept: they sit at the top or bottom of the text, a few are enough. */
    private static final int MAX_WRITTEN_BYLINES = 20;
    /** A byline box has a handful of nodes: intro, name, separator, date. */
    private static final int MAX_BYLINE_BOX_NODES = 8;
    private static final java.util.Set<String> INLINE_TAGS = java.util.Set.of("a", "span", "strong", "b", "em", "i",
            "time", "small");
    /** Links to an author's page: their text is the author's name (WordPress, Drupal, most CMS). */
    private static final Keywords AUTHOR_PATHS = Keywords.fragments("/author/", "/autor/", "/autoren/", "/authors/",
            "/autorin/", "/auteur/", "/autore/", "/redakteur/", "/journalist/");
    private static final Keywords DATE_MARKS = Keywords.fragments("publish", "posted", "pubdate", "created",
            "date", "time", "meta", "datum", "submitted");
    /** The three class/id lists asked about every element, matched in one pass over its class and id. */
    private static final Keywords.Group MARKS = Keywords.group(CONTACT_PERSON_MARKS, BYLINE_MARKS, DATE_MARKS);
    private static final int CONTACT_PERSON_MARKED = 1;
    private static final int BYLINE_MARKED = 1 << 1;
    private static final int DATE_MARKED = 1 << 2;
    /** Words that introduce a publication date in the visible text, lower case. */
    private static final DateLabels DATE_LABELS = new DateLabels("datum", "veröffentlicht", "erschienen", "published",
            "posted", "publié", "publicado", "pubblicato", "pressemitteilung vom", "pressemeldung vom", "date:",
            "publication", "erstellt am");
    private static final int MAX_LABELLED_DATES = 10;
    /** Dated elements kept: the publication date sits near the headline, not in the 500th teaser. */
    private static final int MAX_DATE_ELEMENTS = 150;
    /** Short elements kept after the headline, and how short: a dateline, not a sentence. */
    private static final int MAX_AFTER_HEADLINE = 30;
    /** Dated leaves kept right before the headline (kicker lines, blog date headers); further up is the masthead. */
    private static final int MAX_BEFORE_HEADLINE = 3;
    private static final int MAX_DATELINE_CHARS = 60;
    /** Longest start of a text the label tests need ("pressemitteilung vom" is 20 characters). */
    private static final int FIRST_TEXT_CHARS = 32;
    /** A signature line is a name: a few words. */
    private static final int MAX_SIGNATURE_CHARS = 40;
    private static final java.util.Set<String> EMPHASIS_TAGS = java.util.Set.of("strong", "b", "em", "i");
    /** Paragraphs kept after the headline: a dateline opening the text sits in the first few. */
    private static final int MAX_LEAD_PARAGRAPHS = 3;

    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> bylines = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> dated = new ArrayList<>();
    final List<Element> headings = new ArrayList<>();
    final List<Element> writtenBylines = new ArrayList<>();
    /** Links to an author page, in page order. */
    final List<Element> authorLinks = new ArrayList<>();
    /** Short text nodes with a copyright sign or "Copyright", in page order. */
    final List<String> copyrightNotices = new ArrayList<>();
    /** Text nodes that are a date then "von"/"by" and a name ("06.11.2023 13:30 von Olga"), with the name. */
    final List<Named<TextNode>> datedBylines = new ArrayList<>();
    /** Elements classed as a contact-person box, in page order. */
    final List<Element> contactBoxes = new ArrayList<>();
    /** Text nodes that are a press contact label ("Pressekontakt:"), in page order. */
    final List<TextNode> pressContactLabels = new ArrayList<>();
    /** A label is one or two words with spaces around. */
    private static final int MAX_PRESS_CONTACT_LABEL_CHARS = 40;
    /** First letters of {@link PageSignals#PRESS_CONTACT_LABEL} (pressekontakt, press contact, medienkontakt, media contact). */
    private static final String PRESS_CONTACT_INITIALS = "pPmM";
    /**
     * Text-node signals kept per kind (copyright notices, press contact labels, dated bylines): a page has one or
     * two of each; image credits and lists of posts add a few.
     */
    private static final int MAX_TEXT_SIGNALS = 20;
    /** Short elements crediting the responsible editor ("责任编辑：焦鹏"), with the editor's name, in page order. */
    final List<Named<Element>> editorCredits = new ArrayList<>();
    /** Headings and terms saying "Autor", "Author": the next element names the author. */
    final List<Element> authorLabels = new ArrayList<>();
    /** Short elements whose text starts with a date label, in page order. */
    final List<Element> labelledDates = new ArrayList<>();
    /** Short leaf elements with digits after the first h1: where visible publication dates sit. */
    final List<Element> afterHeadline = new ArrayList<>();
    /** The last short dated leaves before the first h1, nearest first once the h1 is reached. */
    final java.util.ArrayDeque<Element> beforeHeadline = new java.util.ArrayDeque<>();
    private boolean headlineSeen;
    private boolean subheadSeen;
    /** Short dated leaves after the first h2, for pages without an h1 (blogs titling posts with h2). */
    final List<Element> afterSubhead = new ArrayList<>();
    /** The first paragraphs after the first h1: "(21. November 2022) Energieverbraucher erhalten ...". */
    final List<Element> leadParagraphs = new ArrayList<>();
    Element canonical;
    /** The first {@code <title>} outside SVG, wherever the parser put it (text before {@code <html>} moves it to the body). */
    Element titleElement;
    /** Paragraphs that are just an emphasised short text ("<p><b><i>Stefan Wasmer</i></b></p>"), in page order. */
    final List<Element> emphasisedLines = new ArrayList<>();

    boolean headlineSeen() {
        return headlineSeen;
    }

    /** The page's headline: its first h1, or on a page without one its first h2 (blogs title posts with h2). */
    Element headline() {
        Element firstH2 = null;
        for (Element h : headings) {
            if (h.normalName().equals("h1")) {
                return h;
            }
            if (firstH2 == null) {
                firstH2 = h;
            }
        }
        return firstH2;
    }

    static PageIndex of(Document doc) {
        PageIndex index = new PageIndex();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    index.add(e);
                } else if (node instanceof TextNode t) {
                    index.addText(t);
                }
            }
        }, doc);
        return index;
    }

    /** A node the index found together with the name it gives, so a reader does not match it again. */
    record Named<N extends Node>(N node, String name) {
    }

    /** The text-node signals: press contact labels, dated bylines, copyright notices. */
    private void addText(TextNode t) {
        String text = t.getWholeText();
        if (pressContactLabels.size() < MAX_TEXT_SIGNALS && text.length() <= MAX_PRESS_CONTACT_LABEL_CHARS
                && PRESS_CONTACT_INITIALS.indexOf(firstNonSpace(text)) >= 0
                && PageSignals.PRESS_CONTACT_LABEL.matcher(text).matches()) {
            pressContactLabels.add(t);
        }
        if (datedBylines.size() < MAX_TEXT_SIGNALS && text.length() <= PageSignals.MAX_DATED_BYLINE_CHARS
                && text.indexOf(' ') > 0 && Character.isDigit(firstNonSpace(text))) {
            java.util.regex.Matcher m = PageSignals.DATED_BYLINE.matcher(text);
            if (m.matches()) {
                datedBylines.add(new Named<>(t, m.group(1)));
            }
        }
        if (copyrightNotices.size() < MAX_TEXT_SIGNALS && text.length() <= PageSignals.MAX_COPYRIGHT_CHARS
                && (text.indexOf('©') >= 0 || text.contains("Copyright"))) {
            copyrightNotices.add(text);
        }
    }

    /**
     * The first character of {@code text} that is not whitespace, or 0. Skips at least what a regex's {@code \\s} skips
     * in Unicode mode (White_Space), so that it can rule out a pattern anchored at its first non-space character
     * before the regex runs: most text nodes are the whitespace between tags or ordinary prose.
     */
    static char firstNonSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u0085') {
                return c;
            }
        }
        return 0;
    }

    private static boolean isShortPhrase(Element e) {
        String tag = e.normalName();
        boolean phrase = tag.equals("p") || tag.equals("em") || tag.equals("i") || tag.equals("strong")
                || tag.equals("b") || tag.equals("span");
        boolean box = (tag.equals("div") || tag.equals("li")) && holdsOnlyPhrasing(e);
        if (!(phrase || box) || !startsLikeByline(e) || hasMoreVisibleChars(e, MAX_WRITTEN_BYLINE_CHARS)) {
            return false;
        }
        int length = e.text().length();
        return length > 5 && length <= MAX_WRITTEN_BYLINE_CHARS;
    }

    /** A div or li of a few inline children ("Ein Artikel von <strong>X</strong> | date"), not a container. */
    private static boolean holdsOnlyPhrasing(Element e) {
        if (e.childNodeSize() > MAX_BYLINE_BOX_NODES) {
            return false;
        }
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element child && !INLINE_TAGS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A leaf holding one short text with a digit in it, or a short meta line opening with such a text before a few
     * inline elements ("January 13, 2020 at 08:45 AM | categories: <a>Python</a>", "24.01.2022 11:38<br>Kategorie:
     * <a>News</a>"): reads the text node without copying it.
     */
    private static boolean isShortDatedLeaf(Element e) {
        int nodes = e.childNodeSize();
        if (nodes == 1) {
            return e.childNode(0) instanceof TextNode t && isShortDatedText(t);
        }
        return nodes > 1 && nodes <= MAX_BYLINE_BOX_NODES && isDatedMetaLine(e);
    }

    /** The meta-line forms of {@link #isShortDatedLeaf}: kept apart so that the common one-text case stays small. */
    private static boolean isDatedMetaLine(Element e) {
        int nodes = e.childNodeSize();
        int first = 0;
        // a line break first, for a small screen: "<p> <br class="md:hidden"> 1. Februar 2022, Daniel Dillenburg</p>"
        while (first + 2 < nodes && e.childNode(first + 1) instanceof Element br && br.normalName().equals("br")
                && e.childNode(first) instanceof TextNode blank && blank.isBlank()) {
            first += 2;
        }
        if (!holdsOnlyPhrasingOrBreaks(e)) {
            return false;
        }
        return e.childNode(first) instanceof TextNode t ? isShortDatedText(t) : endsWithDatedText(e);
    }

    /** A short text with a digit in it, read without copying it. */
    private static boolean isShortDatedText(TextNode t) {
        String text = t.getWholeText();
        if (text.length() > MAX_DATELINE_CHARS * 2) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < text.length() && !digit; i++) {
            digit = Character.isDigit(text.charAt(i));
        }
        return digit && t.text().strip().length() <= MAX_DATELINE_CHARS;
    }

    /**
     * Whether the element's text has more than {@code max} non-whitespace characters, counted without building it
     * and stopping at the limit: then {@code text()} is longer than {@code max} too, and a long paragraph starting
     * with "b" or "p" is not copied just to be rejected as a byline.
     */
    private static boolean hasMoreVisibleChars(Element e, int max) {
        int[] count = {0};
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        // never more than text() keeps: it collapses whitespace (no-break space too), drops invisibles
                        if (!Character.isWhitespace(c) && !org.jsoup.internal.StringUtil.isActuallyWhitespace(c)
                                && !org.jsoup.internal.StringUtil.isInvisibleChar(c)) {
                            count[0]++;
                        }
                    }
                    if (count[0] > max) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return count[0] > max;
    }

    /**
     * A short meta line whose date comes after the inline elements naming the post and its author ("<a>Beitrag</a>
     * <span>von <b>r23</b> » </span>21.01.2009, 05:42", phpBB): its last text has a digit and the whole line is short.
     */
    private static boolean endsWithDatedText(Element e) {
        if (!(e.childNode(e.childNodeSize() - 1) instanceof TextNode last)) {
            return false;
        }
        String text = last.getWholeText();
        if (text.length() > MAX_DATELINE_CHARS) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < text.length() && !digit; i++) {
            digit = Character.isDigit(text.charAt(i));
        }
        return digit && !hasMoreVisibleChars(e, MAX_DATELINE_CHARS);
    }

    /** Only text, inline elements and line breaks: a meta line, not a container of blocks. */
    private static boolean holdsOnlyPhrasingOrBreaks(Element e) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element child && !INLINE_TAGS.contains(child.normalName())
                    && !child.normalName().equals("br")) {
                return false;
            }
        }
        return true;
    }

    /** Cheap test before reading the element's whole text: does its first text start with an intro word? */
    private static boolean startsLikeByline(Element e) {
        char first = firstChar(e);
        if (first == 0 || first < 128 && BYLINE_INTRO.indexOf(Character.toLowerCase(first)) < 0) {
            return false; // decided without copying the text: most elements fail here
        }
        String text = firstText(e);
        return text.length() > 2 && BYLINE_INTRO.indexOf(Character.toLowerCase(text.charAt(0))) >= 0;
    }

    /**
     * The start of the element's first text (or its first child's), whitespace normalised as jsoup's
     * {@code text()} does, at most {@link #FIRST_TEXT_CHARS} characters; "" when it starts with something else.
     * Only a prefix is read: the callers test the first letter or a short label, and a long paragraph's whole text
     * would be copied for nothing.
     */
    /**
     * The first character of {@link #firstText} when it can be told without building that text: the first character
     * after the leading whitespace and invisible characters, unless it is one that {@code strip()} would drop too;
     * 0 when there is no first text, and {@code '\uFFFF'} when only {@link #firstText} can tell.
     */
    private static char firstChar(Element e) {
        Node first = e.childNodeSize() == 0 ? null : e.childNode(0);
        if (first instanceof Element child && child.childNodeSize() > 0) {
            first = child.childNode(0);
        }
        if (!(first instanceof TextNode t)) {
            return 0;
        }
        String whole = t.getWholeText();
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (!org.jsoup.internal.StringUtil.isActuallyWhitespace(c) && !org.jsoup.internal.StringUtil.isInvisibleChar(c)) {
                return Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 32 ? '\uFFFF' : c;
            }
        }
        return '\uFFFF';
    }

    private static String firstText(Element e) {
        Node first = e.childNodeSize() == 0 ? null : e.childNode(0);
        if (first instanceof Element child && child.childNodeSize() > 0) {
            first = child.childNode(0);
        }
        if (!(first instanceof TextNode t)) {
            return "";
        }
        String whole = t.getWholeText();
        int start = 0;
        while (start < whole.length() && (org.jsoup.internal.StringUtil.isActuallyWhitespace(whole.charAt(start))
                || org.jsoup.internal.StringUtil.isInvisibleChar(whole.charAt(start)))) {
            start++;
        }
        int end = Math.min(whole.length(), start + FIRST_TEXT_CHARS * 4);
        String text = org.jsoup.internal.StringUtil.normaliseWhitespace(whole.substring(start, end)).strip();
        return text.length() > FIRST_TEXT_CHARS ? text.substring(0, FIRST_TEXT_CHARS) : text;
    }

    /** "Datum: 26. Januar 2022", "Pressemitteilung vom 25. Januar 2022 | Berlin": a date introduced by a label. */
    private static boolean isLabelledDate(Element e) {
        String tag = e.normalName();
        boolean candidate = tag.equals("p") || tag.equals("span") || tag.equals("small") || tag.equals("em")
                || (tag.equals("div") || tag.equals("li")) && holdsOnlyPhrasing(e);
        if (!candidate) {
            return false;
        }
        char c = firstChar(e);
        if (c == 0 || c < 128 && !DATE_LABELS.mayStartWith(Character.toLowerCase(c))) {
            return false;
        }
        String first = firstText(e).toLowerCase(Locale.ROOT);
        if (first.isEmpty() || !DATE_LABELS.startsWithAny(first)) {
            return false;
        }
        return !hasMoreVisibleChars(e, MAX_DATELINE_CHARS) && e.text().length() <= MAX_DATELINE_CHARS;
    }

    /**
     * The editor's name when the element has a text node holding the editor credit label and its own text (or, for
     * "责任编辑：<a>X</a>", whole text) is the credit line; else null. Own text first: the credit often follows a
     * "【纠错】" link in the same span.
     */
    private static String editorCredit(Element e) {
        boolean labelled = false;
        for (int i = 0, n = e.childNodeSize(); i < n && !labelled; i++) { // childNodes() would copy the list
            labelled = e.childNode(i) instanceof TextNode t && t.getWholeText().contains(PageSignals.EDITOR_CREDIT_LABEL);
        }
        return labelled ? PageSignals.editorCreditLine(e) : null;
    }

    private static boolean isAuthorLabel(Element e) {
        String tag = e.normalName();
        boolean labelTag = tag.length() == 2 && tag.charAt(0) == 'h' || tag.equals("dt") || tag.equals("strong")
                || tag.equals("b") || tag.equals("span") || tag.equals("th");
        if (!labelTag || e.childNodeSize() != 1 || !(e.childNode(0) instanceof TextNode t)) {
            return false;
        }
        String text = t.text().strip();
        return text.length() <= 8 && AUTHOR_LABELS.contains(text.toLowerCase(Locale.ROOT));
    }

    /** A paragraph holding only a bold or italic short text, possibly nested: a signature or a subheading. */
    private static boolean isEmphasisedLine(Element p) {
        Element inner = p;
        int depth = 0;
        while (inner.childNodeSize() > 0 && depth < 3) {
            Element only = null;
            for (Node child : inner.childNodes()) {
                if (child instanceof Element el) {
                    if (only != null) {
                        return false;
                    }
                    only = el;
                } else if (child instanceof TextNode t && !t.isBlank()) {
                    return depth > 0 && inner.children().isEmpty() && t.text().strip().length() <= MAX_SIGNATURE_CHARS;
                }
            }
            if (only == null || !EMPHASIS_TAGS.contains(only.normalName())) {
                return false;
            }
            inner = only;
            depth++;
        }
        return false;
    }

    private static boolean isAuthorLink(Element e) {
        return e.normalName().equals("a") && AUTHOR_PATHS.matches(e.attr("href"));
    }

    private void add(Element e) {
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "h1" -> {
                headings.add(e);
                headlineSeen = true;
            }
            case "script" -> {
                if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    jsonLd.add(e);
                }
            }
            case "time" -> times.add(e);
            case "title" -> {
                if (titleElement == null && e.closest(SVG) == null) {
                    titleElement = e;
                }
            }
            case "h2" -> {
                headings.add(e);
                subheadSeen = true;
            }
            case "link" -> {
                if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                    canonical = e;
                }
            }
            default -> { }
        }
        if (e.hasAttr("itemprop")) {
            itemprops.add(e);
        }
        if (!e.normalName().equals("meta") && e.hasAttr("property") && e.hasAttr("content")) {
            metas.add(e); // RDFa: <span property="dc:date" content="...">
        }
        if (headlineSeen && leadParagraphs.size() < MAX_LEAD_PARAGRAPHS && e.normalName().equals("p")) {
            leadParagraphs.add(e);
        }
        if (headlineSeen && afterHeadline.size() < MAX_AFTER_HEADLINE && isShortDatedLeaf(e)) {
            afterHeadline.add(e);
        } else if (!headlineSeen && isShortDatedLeaf(e)) {
            if (subheadSeen && afterSubhead.size() < MAX_AFTER_HEADLINE) {
                afterSubhead.add(e);
            }
            beforeHeadline.addFirst(e);
            if (beforeHeadline.size() > MAX_BEFORE_HEADLINE) {
                beforeHeadline.removeLast();
            }
        }
        if (writtenBylines.size() < MAX_WRITTEN_BYLINES && isShortPhrase(e)
                && PageSignals.WRITTEN_BYLINE.matcher(Text.normalizeSpace(e.text())).matches()) {
            writtenBylines.add(e);
        }
        String className = e.className();
        String id = e.id();
        String marks = className.isEmpty() && id.isEmpty() ? "" : (className + " " + id).toLowerCase(Locale.ROOT);
        int marked = marks.isEmpty() ? 0 : MARKS.matchesLowerCase(marks);
        if (contactBoxes.size() < MAX_CONTACT_BOXES && (marked & CONTACT_PERSON_MARKED) != 0 && !marks.contains("menu")) {
            contactBoxes.add(e);
        }
        if (e.normalName().equals("byline") || e.attr("rel").equalsIgnoreCase("author")
                || e.attr("itemprop").equalsIgnoreCase("author") || (marked & BYLINE_MARKED) != 0
                || BYLINE_MARKS.matches(e.attr("data-testid"))) {
            bylines.add(e);
        }
        if (labelledDates.size() < MAX_LABELLED_DATES && isLabelledDate(e)) {
            labelledDates.add(e);
        }
        if (editorCredits.size() < MAX_WRITTEN_BYLINES) {
            String editor = editorCredit(e);
            if (editor != null) {
                editorCredits.add(new Named<>(e, editor));
            }
        }
        if (authorLabels.size() < MAX_WRITTEN_BYLINES && isAuthorLabel(e)) {
            authorLabels.add(e);
        }
        if (e.normalName().equals("p") && isEmphasisedLine(e)) {
            if (emphasisedLines.size() == MAX_WRITTEN_BYLINES) {
                emphasisedLines.remove(0);
            }
            emphasisedLines.add(e);
        }
        if (authorLinks.size() < MAX_WRITTEN_BYLINES && isAuthorLink(e)) {
            authorLinks.add(e);
        }
        if (dated.size() < MAX_DATE_ELEMENTS && (marked & DATE_MARKED) != 0) {
            dated.add(e);
        }
    }

    /** A few label prefixes tested with startsWith: cheaper than a regex on every short element. */
    private record DateLabels(String... labels) {
        boolean mayStartWith(char lower) {
            for (String label : labels) {
                if (label.charAt(0) == lower) {
                    return true;
                }
            }
            return false;
        }

        boolean startsWithAny(String lower) {
            for (String label : labels) {
                if (lower.startsWith(label)) {
                    return true;
                }
            }
            return false;
        }
    }
}
