package io.newsflow.extractor.metadata;

import io.newsflow.extractor.content.Keywords;
import io.newsflow.extractor.metadata.Metadata.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Metadata stated in the visible page: microdata, bylines, {@code <time>} elements and dates in the text. */
final class PageSignals {

    /** Patterns used per element, compiled once (String.replaceAll compiles its regex on every call). */
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,;:|]+$");
    private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");

    /** Selectors parsed once: jsoup parses a query string again on every call. */
    private static final Evaluator NAME_PROPERTY = QueryParser.parse("[itemprop~=(?i)^name$]");
    private static final Evaluator NAVIGATION = QueryParser.parse("nav, header, menu");
    private static final Evaluator STRONG = QueryParser.parse("strong, b");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator ARTICLE = QueryParser.parse("article");

    static final String MICRODATA = "microdata";
    static final String BYLINE = "byline";
    static final String TIME = "time";
    /** A byline is short; a longer element with "author" in its class is a bio box or an author list. */
    private static final int MAX_BYLINE_CHARS = 120;
    /**
     * Bylines and dates in these regions belong to comments or other articles. "promo" is a whole class
     * token only: Drupal marks the article itself "node-promoted". "teaser" is not listed: CMSs call the
     * article's own lead and meta line a teaser ("l-detail-page__teaser-text", "c-teaser__meta") more often
     * than a byline sits in a teaser of another story (measured on the trafilatura dev set: +3 dates, +1 author).
     */
    private static final Keywords FOREIGN_REGION = Keywords.fragments("comment", "related", "recommend",
            "sidebar", "newsletter").withTokens("reply", "replies", "respond", "promo", "promos", "promotion");
    /**
     * Widgets are sidebar boxes (recent posts, archives, tag clouds), except the one holding the page's headline:
     * blog engines put the post itself into a widget too (Blogger's main column is {@code class="widget Blog"}).
     */
    private static final String WIDGET = "widget";
    /** How far above the headline its widget may sit (post header, post, post list, widget). */
    private static final int HEADLINE_REGION_DEPTH = 8;
    /**
     * WordPress marks each post container with "post-123 type-post" and its taxonomy terms ("autor-bossong-nora"):
     * such an element is a whole post (a teaser in a list), not a byline, even when a term says "autor".
     */
    private static final Pattern POST_CONTAINER = Pattern.compile("(?:^|\\s)(?:type-post|post-\\d+|hentry)(?:\\s|$)");
    /** A signature is a first and a last name, at most a middle one. */
    private static final int MAX_SIGNATURE_WORDS = 3;
    /** The paragraph before a signature is article prose, not a label or a caption. */
    private static final int MIN_PROSE_BEFORE_SIGNATURE = 80;
    /** How far up a byline's ancestors are checked for a foreign region; higher up sit page-wide wrappers. */
    private static final int FOREIGN_REGION_DEPTH = 6;
    /** Two timestamps this close name the same moment (rounding, a minute between save and publish). */
    private static final long SAME_MOMENT_SECONDS = 3600;
    private static final Keywords CAPTION_MARKS = Keywords.fragments("wp-caption", "image-caption",
            "img-caption", "photo-caption", "caption-text", "media-caption", "credit", "bildunterschrift");
    /** Captions sit at most this many levels inside their figure. */
    private static final int CAPTION_DEPTH = 3;
    private static final Pattern CAPTION_START = Pattern.compile(
            "(?iu)\\s*(quelle|source|foto|photo|bild|image|grafik|credit|fuente|crédit)s?\\s*:");
    /** How much of a lead paragraph is read for an opening date, and how far into it the date may start. */
    private static final int LEAD_DATELINE_CHARS = 48;
    private static final int LEAD_DATELINE_OFFSET = 25;
    /** Words saying a shown date is a change, not the publication: "Last Updated:", "mis à jour", "Stand". */
    private static final Pattern UPDATE_WORDS = Pattern.compile(
            "(?iu)updated|update:|geändert|aktualisiert|mis à jour|actualizado|aggiornato|\\bstand\\b|bijgewerkt|modified");
    /** The time of the visit, not of the article: forum footers ("Aktuelle Zeit: 14.10.2020, 12:18", phpBB). */
    private static final Pattern CLOCK = Pattern.compile(
            "(?iu)\\s*(aktuelle zeit|it is currently|current time|heute ist|nous sommes le|fecha actual)\\b");
    /** A headline this short ("News") may name another entry of a list too. */
    private static final int MIN_OWN_ENTRY_TITLE_CHARS = 15;
    /** Forum profiles beside a post: "Registriert: 18.09.2008", "Joined: …" date the account, not the post. */
    private static final Pattern ACCOUNT_DATE = Pattern.compile(
            "(?iu)\\s*(registriert|registered|joined|mitglied seit|member since|dabei seit|inscrit)\\b");
    private static final Keywords MODIFIED_HINT = Keywords.fragments("modif", "updat", "aktualisiert", "edited");
    /** What follows the names in a byline: dates, times, "updated", separators. */
    /**
     * An introducing phrase and two to four capitalised words: a byline written into the text. "Ein Artikel von",
     * "Eine Kolumne von", "Ein Kommentar von": a German article and a noun name the kind of text and its author.
     */
    static final Pattern WRITTEN_BYLINE = Pattern.compile("(?u)^[-–—|•·\\s]*(?:[Vv]on|[Bb]y|[Pp]ar|[Pp]or|Text von|"
            + "Texto de|Autor(?:in)?:|Redaktion:|Eine? \\p{Lu}\\p{Ll}+ von|Blog Beitrag von|Written by|Geschrieben von)\\s+"
            + "(\\p{Lu}[\\p{L}.'-]+(?:\\s+(?:von |van |de |der |da )?\\p{Lu}[\\p{L}.'-]+){1,3})[,.]?(?:\\s.*)?$");
    /**
     * Chinese news pages credit the responsible editor ("责任编辑：焦鹏", "[责任编辑：alonliu]") under the article,
     * often as the page's only name; the trafilatura truth takes it as the author when nothing else names one.
     */
    static final String EDITOR_CREDIT_LABEL = "责任编辑";
    static final Pattern EDITOR_CREDIT = Pattern.compile(
            "(?u)^[\\[【(（]?\\s*责任编辑\\s*[：:]\\s*([^\\s\\]】)）]{1,20})\\s*[\\]】)）]?$");
    /** The credit line is the label and one name; anything longer is a sentence mentioning it. */
    static final int MAX_EDITOR_CREDIT_CHARS = 40;
    /**
     * A personal site's copyright notice names its owner: "© 2019 Sven Schreivogel". Only a year then a full
     * personal name (two to four capitalised words) and nothing else but "All rights reserved": an image credit
     * ("© Kurt-Walter Wessolek, 31.05.2013") has no year before the name, a company ("© 2024 - Agentur für
     * Erneuerbare Energien", "© 2020 Trustpilot A/S") is not written as a name.
     */
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile("(?iu)^(?:©|\\(c\\)|copyright)(?:\\s*©)?\\s*"
            + "\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*(?:by\\s+|von\\s+)?"
            + "(?-i:(\\p{Lu}[\\p{L}.'-]+(?:\\s+(?:von |van |de |der |da )?\\p{Lu}[\\p{L}.'-]+){1,3}))"
            + "\\.?(?:,?\\s*(?:all rights reserved|alle rechte vorbehalten)\\.?)?$");
    /**
     * Words that make a copyright holder a company or publication, not a person: "© 2019 The Associated Press.",
     * "© 2020 Seaside Media.", "Press TV" are written like names.
     */
    private static final Pattern ORGANISATION_WORD = Pattern.compile("(?iu)^(?:the|die|der|das|le|la|les|el)\\s|\\b(?:"
            + "media|press|presse|news|tv|radio|verlag|group|gruppe|network|studios?|digital|publishing|magazine?|"
            + "zeitung|times|post|journal|online|verein|stiftung|foundation|institute?|agentur|agency|company)\\b");
    /**
     * A press release's contact block: "<strong>Pressekontakt</strong><br>Dr. Tim Loppe<br>Pressesprecher …". The
     * first line after the label names who speaks for the release (a person, or the issuing company on a press
     * portal: "Pressekontakt:<br>Nordex SE"); the trafilatura truth takes it as the author when nothing else names one.
     */
    static final Pattern PRESS_CONTACT_LABEL = Pattern.compile(
            "(?iu)^\\s*(?:pressekontakt|medienkontakt|press contact|media contact)\\s*:?\\s*$");
    /**
     * A post's meta line written as a numeric date, an optional time, then "von"/"by" and the poster
     * ("06.11.2023 13:30 von Olga"): a byline that starts with its date, so the written-byline pattern misses it.
     */
    static final Pattern DATED_BYLINE = Pattern.compile("(?iu)^\\s*\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}"
            + "(?:,?\\s+\\d{1,2}:\\d{2}(?:\\s*uhr)?)?\\s+(?:von|by)\\s+"
            + "(?-i:(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}))\\s*$");
    /** Such a meta line is short. */
    static final int MAX_DATED_BYLINE_CHARS = 80;
    /** A copyright notice is one short line. */
    static final int MAX_COPYRIGHT_CHARS = 80;
    /** A name after an "Autor" label is short; longer text is a bio. */
    private static final int MAX_LABELLED_NAME_CHARS = 40;
    /** Two to four capitalised words: how a link to an author page names the author. */
    private static final Pattern PERSON_NAME = Pattern.compile(
            "(?u)\\p{Lu}[\\p{L}.'-]+(?:\\s+(?:von |van |de |der |da )?\\p{Lu}[\\p{L}.'-]+){1,3}");
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "(?iu)(\\s+[-–—|•·]\\s+|[|•·]|(?<![\\p{L}\\d])\\d|\\b(updated|published|posted|veröffentlicht|aktualisiert|am|on|le|el|il|hace|před|vor|ago|il y a)(\\s|$)"
            // credits and dates written out after the names: "Edited by", "Illustration von", "Thursday, November", "March 25"
            + "|\\s(edited|illustrations?|photos?|fotos?|bilder)\\b"
            // a date label after the names: "Gàbor Muniér, Datum: 03.Mär.19"
            + "|[,\\s]\\s*(datum|date|stand)\\s*:"
            + "|\\s(monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\b"
            + "|\\s(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?(\\s|$)"
            + ").*$");

    void readMicrodata(PageIndex index, Metadata meta) {
        for (Element e : index.itemprops) {
            String itemprop = e.attr("itemprop");
            if (itemprop.isEmpty()) {
                continue;
            }
            if (itemprop.equalsIgnoreCase("headline") && !e.tagName().equals("meta")) {
                meta.offer(Field.TITLE, e.text(), MICRODATA);
            } else if (itemprop.equalsIgnoreCase("datePublished")) {
                meta.offer(Field.DATE, DateParser.parse(dateValue(e)), MICRODATA);
            } else if (itemprop.equalsIgnoreCase("dateModified")) {
                meta.offer(Field.DATE_MODIFIED, DateParser.parse(dateValue(e)), MICRODATA);
            }
        }
    }

    void readByline(PageIndex index, Metadata meta) {
        for (Element e : index.bylines) {
            if (e.tagName().equals("meta") || e.tagName().equals("link") || inForeignRegion(e, index)
                    || POST_CONTAINER.matcher(e.className()).find()) {
                continue;
            }
            Element name = e.selectFirst(NAME_PROPERTY);
            String text = (name != null ? name : e).text();
            if (text.isEmpty() || text.length() > MAX_BYLINE_CHARS) {
                continue;
            }
            String names = Bylines.asWritten(stripDates(text), meta.get(Field.SITE_NAME));
            if (names != null && meta.offer(Field.AUTHOR, names, BYLINE)) {
                return;
            }
        }
    }

    /** "von Daniela Obers", "Ein Artikel von Pamela Sladky", "Autorin: Uta Staschewski": bylines in the text. */
    void readWrittenByline(PageIndex index, Metadata meta) {
        for (Element e : index.writtenBylines) {
            Matcher m = WRITTEN_BYLINE.matcher(Text.normalizeSpace(e.text()));
            if (m.matches() && !inForeignRegion(e, index)
                    && meta.offer(Field.AUTHOR, Bylines.asWritten(stripDates(m.group(1)), meta.get(Field.SITE_NAME)), BYLINE)) {
                return;
            }
        }
    }

    /** A link to an author page whose text is just a name ("Georg Quaas"), outside menus and teasers. */
    void readAuthorLink(PageIndex index, Metadata meta) {
        for (Element a : index.authorLinks) {
            String text = Text.normalizeSpace(a.text());
            if (isWrittenName(text) && !inForeignRegion(a, index)
                    && a.closest(NAVIGATION) == null
                    && meta.offer(Field.AUTHOR, Bylines.asWritten(text, meta.get(Field.SITE_NAME)), BYLINE)) {
                return;
            }
        }
    }

    /**
     * Reads dates from the visible page. When structured data already gave a UTC timestamp one day off the
     * visible date, the visible one wins: the timestamp was converted to UTC and its calendar day is not the
     * one the publisher printed. A visible value that is itself in UTC says nothing about the local day.
     */
    /** A heading or term "Autor" / "Author" whose next element is just a name. */
    void readLabelledAuthor(PageIndex index, Metadata meta) {
        for (Element label : index.authorLabels) {
            Element next = label.nextElementSibling();
            if (next == null || inForeignRegion(label, index)) {
                continue;
            }
            String text = TRAILING_SEPARATORS.matcher(Text.normalizeSpace(next.text())).replaceAll("");
            if (text.length() <= MAX_LABELLED_NAME_CHARS && isWrittenName(text)
                    && meta.offer(Field.AUTHOR, Bylines.asWritten(text, meta.get(Field.SITE_NAME)), BYLINE)) {
                return;
            }
        }
    }

    /**
     * The person a copyright notice names ("© 2019 Sven Schreivogel"): the owner of a personal site. The weakest
     * source, used only when nothing else names an author; never an organisation with a legal form or the site.
     */
    String copyrightHolder(PageIndex index, String siteName) {
        for (String notice : index.copyrightNotices) {
            Matcher m = COPYRIGHT_HOLDER.matcher(Text.normalizeSpace(notice));
            String name = m.matches() ? TRAILING_DOT.matcher(m.group(1)).replaceAll("") : null;
            if (name != null && Bylines.isPersonName(name) && !Bylines.isWeakAuthor(name, siteName)
                    && !ORGANISATION_WORD.matcher(name).find()) {
                return Bylines.asWritten(name, siteName);
            }
        }
        return null;
    }

    /** The line after a press contact label and a line break ("Pressekontakt<br>Dr. Tim Loppe"), or null. */
    String pressContact(PageIndex index, String siteName) {
        for (TextNode label : index.pressContactLabels) {
            Node at = label;
            Element parent = label.parent();
            if (parent != null && parent.childNodeSize() == 1 && (parent.normalName().equals("strong") || parent.normalName().equals("b"))) {
                at = parent;
            }
            Node next = nextNonBlank(at);
            if (!(next instanceof Element br && br.normalName().equals("br"))) {
                continue;
            }
            next = nextNonBlank(next);
            String line = next instanceof TextNode t ? t.text()
                    : next instanceof Element e && e.childrenSize() == 0 ? e.text() : null;
            if (line != null && parent != null && !inForeignRegion(parent, index)) {
                String name = Bylines.asWritten(line.strip(), siteName);
                if (name != null && Bylines.isPersonName(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The first emphasised name (strong, b) in a contact-person box ("<strong>Alexandra Weber</strong>"), or null. */
    String contactPerson(PageIndex index, String siteName) {
        for (Element box : index.contactBoxes) {
            if (inForeignRegion(box, index)) {
                continue;
            }
            for (Element strong : box.select(STRONG)) {
                String text = Text.normalizeSpace(strong.text());
                if (isWrittenName(text)) {
                    String name = Bylines.asWritten(text, siteName);
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    /** Two to four capitalised words that pass as a person's name: how a link, a label or a box writes one. */
    private static boolean isWrittenName(String text) {
        return PERSON_NAME.matcher(text).matches() && Bylines.isPersonName(text);
    }

    private static Node nextNonBlank(Node node) {
        Node next = node.nextSibling();
        while (next instanceof TextNode t && t.isBlank()) {
            next = next.nextSibling();
        }
        return next;
    }

    /** The editor's name when the element's own text, else its whole text, is an editor credit line; else null. */
    static String editorCreditLine(Element e) {
        for (String text : new String[] {e.ownText(), e.text()}) {
            if (text.length() <= MAX_EDITOR_CREDIT_CHARS) {
                Matcher m = EDITOR_CREDIT.matcher(Text.normalizeSpace(text));
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** A meta line "06.11.2023 13:30 von Olga": the name after the date. */
    void readDatedByline(PageIndex index, Metadata meta) {
        for (PageIndex.Named<TextNode> line : index.datedBylines) {
            Element parent = line.node().parent();
            if (parent != null && !inForeignRegion(parent, index)
                    && meta.offer(Field.AUTHOR, Bylines.asWritten(line.name(), meta.get(Field.SITE_NAME)), BYLINE)) {
                return;
            }
        }
    }

    /** The responsible editor's credit line ("责任编辑：焦鹏"): the weakest visible source, after the signature. */
    void readEditorCredit(PageIndex index, Metadata meta) {
        for (PageIndex.Named<Element> credit : index.editorCredits) {
            if (!inForeignRegion(credit.node(), index)
                    && meta.offer(Field.AUTHOR, Bylines.asWritten(credit.name(), meta.get(Field.SITE_NAME)), BYLINE)) {
                return;
            }
        }
    }

    /**
     * A signature closing the article: its last paragraph is nothing but an emphasised name ("<p><b><i>Stefan
     * Wasmer</i></b></p>"), with no paragraph after it in the same container. The weakest byline source.
     */
    void readSignature(PageIndex index, Metadata meta) {
        List<Element> lines = index.emphasisedLines;
        for (int i = lines.size() - 1; i >= 0; i--) {
            Element p = lines.get(i);
            String text = Text.normalizeSpace(p.text());
            if (PERSON_NAME.matcher(text).matches() && text.split(" ").length <= MAX_SIGNATURE_WORDS
                    && Bylines.isPersonName(text) && isLastParagraph(p) && hasProseBefore(p) && !inForeignRegion(p, index)) {
                meta.offer(Field.AUTHOR, Bylines.asWritten(text, meta.get(Field.SITE_NAME)), BYLINE);
                return;
            }
        }
    }

    private static boolean isLastParagraph(Element p) {
        for (Element next = p.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (next.normalName().equals("p") && !next.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The signature follows the article's text: a paragraph of prose sits right before it. */
    private static boolean hasProseBefore(Element p) {
        Element prev = p.previousElementSibling();
        while (prev != null && prev.text().isBlank()) {
            prev = prev.previousElementSibling();
        }
        return prev != null && prev.text().length() >= MIN_PROSE_BEFORE_SIGNATURE;
    }

    void readTimes(PageIndex index, Metadata meta) {
        List<Element> times = index.times;
        List<Element> published = new ArrayList<>();
        for (Element t : times) {
            if (inForeignRegion(t, index)) {
                continue;
            }
            Element parent = t.parent();
            String context = t.className() + " " + (parent == null ? "" : parent.className()) + " " + t.attr("itemprop");
            if (MODIFIED_HINT.matches(context)) {
                meta.offer(Field.DATE_MODIFIED, DateParser.parse(dateValue(t)), TIME);
            } else {
                published.add(t);
            }
        }
        Visible shown = visibleDate(index, published);
        String visible = shown == null ? null : shown.date();
        if (!meta.offer(Field.DATE, visible, TIME) && visible != null && isUtc(meta.get(Field.DATE))
                && !isUtc(visible) && oneDayApart(meta.get(Field.DATE), visible)
                && sameInstantIfTimed(meta.get(Field.DATE), visible)) {
            meta.override(Field.DATE, visible, TIME);
        } else if (visible != null && showsLastUpdateAsDate(meta, shown)) {
            meta.override(Field.DATE, visible, TIME);
        } else if (visible != null && meta.dateFromGenericMeta() && isBeforeDay(visible, meta.get(Field.DATE))
                && !isUpdateLine(shown.element())) {
            // <meta name="date" content="2020-02-12"> and "05.02.2020" printed by the headline: the unqualified meta
            // date is the last change; a page is not published after it was changed.
            meta.override(Field.DATE, visible, TIME);
        }
    }

    /**
     * A visible value with its own time and offset is the local form of the UTC timestamp only when both name the
     * same moment; "2023-11-09T04:09-06:00" in a list of other stories is another story's time, not a local day.
     */
    private static boolean sameInstantIfTimed(String utc, String visible) {
        if (visible.length() <= 10) {
            return true;
        }
        try {
            java.time.Instant a = java.time.OffsetDateTime.parse(utc).toInstant();
            java.time.Instant b = java.time.OffsetDateTime.parse(visible).toInstant();
            return Math.abs(a.getEpochSecond() - b.getEpochSecond()) <= SAME_MOMENT_SECONDS;
        } catch (RuntimeException e) {
            return true; // a local time without an offset cannot be compared: the calendar day decides
        }
    }

    /**
     * Image captions and source lines ("Quelle: Financial Times, 24.3.2020") date the picture or the quoted
     * source, not the article.
     */
    private static boolean isCaption(Element e) {
        String text = e.ownText();
        if (CAPTION_START.matcher(text).lookingAt()) {
            return true;
        }
        int depth = 0;
        for (Element p = e; p != null && depth < CAPTION_DEPTH; p = p.parent(), depth++) {
            boolean figure = p.normalName().equals("figcaption") || p.normalName().equals("figure");
            if ((figure || CAPTION_MARKS.matches(p.className())) && p.selectFirst(H1) == null) {
                return true; // a "figcaption" holding the headline is the article's header, not a caption
            }
        }
        return false;
    }

    /** "(21. November 2022) Energieverbraucher ...", "01.02.2022 Der Arbeitsmarkt ...": a date opening the text. */
    private static String leadDateline(Element p) {
        String text = p.text();
        String head = text.length() > LEAD_DATELINE_CHARS ? text.substring(0, LEAD_DATELINE_CHARS) : text;
        int firstDigit = -1;
        for (int i = 0; i < head.length() && firstDigit < 0; i++) {
            if (Character.isDigit(head.charAt(i))) {
                firstDigit = i;
            }
        }
        if (firstDigit < 0 || firstDigit > LEAD_DATELINE_OFFSET || MODIFIED_HINT.matches(head)) {
            return null;
        }
        String date = DateParser.parse(head);
        return date != null && date.length() == 10 ? date : null;
    }

    /**
     * A page that prints the day of its last change as its date, without calling it an update: structured data says
     * published on one day and modified on another, and the date the reader sees is the modification day. The printed
     * date is the page's date then. One day apart is left alone: that is a time zone or a late-night edit.
     */
    private static boolean showsLastUpdateAsDate(Metadata meta, Visible shown) {
        String published = meta.get(Field.DATE);
        String modified = meta.get(Field.DATE_MODIFIED);
        if (published == null || modified == null || sameDay(published, shown.date())
                || !sameDay(modified, shown.date()) || daysApart(published, shown.date()) <= 1) {
            return false;
        }
        Element e = shown.element();
        if (e.normalName().equals("a") || e.parent() != null && e.parent().normalName().equals("a")) {
            return false; // a dated link ("Pro Series - 7 January 2025") leads to another page
        }
        Element parent = e.parent();
        String context = e.text() + " " + e.className() + " " + (parent == null ? "" : parent.ownText() + " " + parent.className());
        return !MODIFIED_HINT.matches(context) && !UPDATE_WORDS.matcher(context).find();
    }

    /** Whether the calendar day of {@code a} comes before that of {@code b}. */
    private static boolean isBeforeDay(String a, String b) {
        try {
            return java.time.LocalDate.parse(a.substring(0, 10)).isBefore(java.time.LocalDate.parse(b.substring(0, 10)));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A shown date labelled as a change ("Aktualisiert: 11.04.2020", class "last-updated"). */
    private static boolean isUpdateLine(Element e) {
        Element parent = e.parent();
        String context = e.text() + " " + e.className() + " " + (parent == null ? "" : parent.ownText() + " " + parent.className());
        return MODIFIED_HINT.matches(context) || UPDATE_WORDS.matcher(context).find();
    }

    private static long daysApart(String a, String b) {
        try {
            return Math.abs(java.time.LocalDate.parse(a.substring(0, 10)).toEpochDay()
                    - java.time.LocalDate.parse(b.substring(0, 10)).toEpochDay());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static boolean sameDay(String a, String b) {
        return a != null && b != null && a.length() >= 10 && b.length() >= 10 && a.regionMatches(0, b, 0, 10);
    }

    private static boolean isUtc(String timestamp) {
        return timestamp.endsWith("Z") || timestamp.endsWith("+00:00");
    }

    private static boolean oneDayApart(String a, String b) {
        try {
            java.time.LocalDate x = java.time.LocalDate.parse(a.substring(0, 10));
            java.time.LocalDate y = java.time.LocalDate.parse(b.substring(0, 10));
            return Math.abs(x.toEpochDay() - y.toEpochDay()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A date shown on the page and the element showing it. */
    private record Visible(String date, Element element) {
    }

    /** The publication date the reader sees: a {@code <time>}, a dated line by the headline, a date-classed element. */
    private static Visible visibleDate(PageIndex index, List<Element> published) {
        for (Element t : published) {
            String date = DateParser.parse(dateValue(t));
            if (date != null) {
                return new Visible(date, t);
            }
        }
        for (Element e : index.labelledDates) {
            String date = inForeignRegion(e, index) || MODIFIED_HINT.matches(e.text()) ? null : DateParser.parse(e.text());
            if (date != null) {
                return new Visible(date, e);
            }
        }
        Visible inHeadline = null;
        for (Element e : index.afterHeadline) {
            String date = inForeignRegion(e, index) || isCaption(e) ? null : shownDate(e);
            if (date != null && e.normalName().equals("h1")) {
                // A date in the headline often names its subject ("Ergebnisse: RM Schülerinnen A, 19.5.2007", a
                // weekly edition "for March 26, 2015"): a dated line after it is the publication date, if there is one.
                inHeadline = inHeadline == null ? new Visible(date, e) : inHeadline;
            } else if (date != null) {
                return new Visible(date, e);
            }
        }
        if (inHeadline != null) {
            return inHeadline;
        }
        if (!index.headlineSeen()) {
            for (Element e : index.afterSubhead) {
                String date = inForeignRegion(e, index) || isCaption(e) ? null : shownDate(e);
                if (date != null) {
                    return new Visible(date, e);
                }
            }
        }
        if (index.headlineSeen()) {
            for (Element e : index.beforeHeadline) {
                String date = inForeignRegion(e, index) || isCaption(e) ? null : shownDate(e);
                if (date != null) {
                    return new Visible(date, e);
                }
            }
        }
        for (Element e : index.dated) {
            String text = hasDateAttribute(e) ? dateValue(e) : e.ownText().isEmpty() ? e.text() : e.ownText();
            String date = text.length() < 80 && !inForeignRegion(e, index) && !MODIFIED_HINT.matches(e.className())
                    ? shownDate(text) : null;
            if (date != null) {
                return new Visible(date, e);
            }
        }
        for (Element p : index.leadParagraphs) {
            String date = inForeignRegion(p, index) || isCaption(p) ? null : leadDateline(p);
            if (date != null) {
                return new Visible(date, p);
            }
        }
        return ownEntryInList(index);
    }

    /**
     * A list of posts beside the article ("Letzte Beiträge") that holds the article itself: the date next to the link
     * whose text is the headline is the article's date. Read only when nothing else on the page dates it.
     */
    private static Visible ownEntryInList(PageIndex index) {
        Element headline = index.headline();
        String title = headline == null ? "" : Text.normalizeSpace(headline.text());
        if (title.length() < MIN_OWN_ENTRY_TITLE_CHARS) {
            return null;
        }
        for (Element e : index.afterHeadline) {
            Element link = e.previousElementSibling();
            if (link != null && link.normalName().equals("a") && Text.normalizeSpace(link.text()).equals(title)) {
                String date = shownDate(e);
                if (date != null) {
                    return new Visible(date, e);
                }
            }
        }
        return null;
    }

    /** The date in a shown text, unless the text is the visitor's clock. */
    private static String shownDate(String text) {
        return CLOCK.matcher(text).lookingAt() ? null : DateParser.parse(text);
    }

    /** The date a short dated element shows, unless it is the clock or the day a user account was opened. */
    private static String shownDate(Element e) {
        String date = shownDate(e.ownText());
        return date == null || !ACCOUNT_DATE.matcher(e.text()).lookingAt() ? date : null;
    }

    /** {@code <abbr class="published" title="2020-04-28T21:11:00+02:00">21:11</abbr>}: the attribute has the date. */
    private static boolean hasDateAttribute(Element e) {
        return e.hasAttr("datetime") || e.hasAttr("content") || e.normalName().equals("abbr") && e.hasAttr("title");
    }

    private static String dateValue(Element e) {
        for (String attr : new String[] {"datetime", "content", "value", "title"}) {
            if (!e.attr(attr).isBlank()) {
                return e.attr(attr);
            }
        }
        return e.text();
    }

    private static String stripDates(String text) {
        return BYLINE_TAIL.matcher(text).replaceFirst("");
    }

    static boolean inForeignRegion(Element e, PageIndex index) {
        int depth = 0;
        for (Element p = e; p != null && depth < FOREIGN_REGION_DEPTH; p = p.parent(), depth++) {
            if (p.tagName().equals("aside") || p.tagName().equals("footer") && p.closest(ARTICLE) == null
                    || FOREIGN_REGION.matches(p.className()) || FOREIGN_REGION.matches(p.id())
                    || containsIgnoreCase(p.className(), WIDGET) && !holdsHeadline(p, index.headline())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Without lower-casing a copy, and not through a one-word {@link Keywords}: a list of one fragment is another
     * List class, and the second class at the shared iteration site costs every keyword test its iterator allocation.
     */
    private static boolean containsIgnoreCase(String text, String lowerWord) {
        for (int i = 0, last = text.length() - lowerWord.length(); i <= last; i++) {
            if (text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the page's headline sits inside the region: then the region is the article's own container. */
    private static boolean holdsHeadline(Element region, Element headline) {
        int depth = 0;
        for (Element p = headline; p != null && depth < HEADLINE_REGION_DEPTH; p = p.parent(), depth++) {
            if (p == region) {
                return true;
            }
        }
        return false;
    }
}
