package io.newsflow.extractor.metadata;

import io.newsflow.extractor.metadata.Metadata.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.newsflow.extractor.content.Keywords;
import org.jsoup.nodes.Element;

/** Metadata stated in the visible page: microdata, bylines, {@code <time>} elements and dates in the text. */
final class PageSignals {

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
            "sidebar", "widget", "newsletter").withTokens("reply", "replies", "respond", "promo", "promos", "promotion");
    /** How far up a byline's ancestors are checked for a foreign region; higher up sit page-wide wrappers. */
    private static final int FOREIGN_REGION_DEPTH = 6;
    private static final Keywords MODIFIED_HINT = Keywords.fragments("modif", "updat", "aktualisiert", "edited");
    /** What follows the names in a byline: dates, times, "updated", separators. */
    /** An introducing phrase and two to four capitalised words: a byline written into the text. */
    static final Pattern WRITTEN_BYLINE = Pattern.compile("(?u)^[-–—|•·\\s]*(?:[Vv]on|[Bb]y|[Pp]ar|[Pp]or|Text von|"
            + "Texto de|Autor(?:in)?:|Redaktion:|Ein Artikel von|Ein Beitrag von|Blog Beitrag von|Written by|Geschrieben von)\\s+"
            + "(\\p{Lu}[\\p{L}.'-]+(?:\\s+(?:von |van |de |der |da )?\\p{Lu}[\\p{L}.'-]+){1,3})[,.]?(?:\\s.*)?$");
    /** A name after an "Autor" label is short; longer text is a bio. */
    private static final int MAX_LABELLED_NAME_CHARS = 40;
    /** Two to four capitalised words: how a link to an author page names the author. */
    private static final Pattern PERSON_NAME = Pattern.compile(
            "(?u)\\p{Lu}[\\p{L}.'-]+(?:\\s+(?:von |van |de |der |da )?\\p{Lu}[\\p{L}.'-]+){1,3}");
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "(?iu)(\\s+[-–—|•·]\\s+|[|•·]|\\d|\\b(updated|published|posted|veröffentlicht|aktualisiert|am|on|le|el|il|hace|před|vor|ago|il y a)(\\s|$)"
            // credits and dates written out after the names: "Edited by", "Illustration von", "Thursday, November", "March 25"
            + "|\\s(edited|illustrations?|photos?|fotos?|bilder)\\b"
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
            if (e.tagName().equals("meta") || e.tagName().equals("link") || inForeignRegion(e)) {
                continue;
            }
            Element name = e.selectFirst("[itemprop~=(?i)^name$]");
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
            if (m.matches() && !inForeignRegion(e)
                    && meta.offer(Field.AUTHOR, Bylines.asWritten(m.group(1), meta.get(Field.SITE_NAME)), BYLINE)) {
                return;
            }
        }
    }

    /** A link to an author page whose text is just a name ("Georg Quaas"), outside menus and teasers. */
    void readAuthorLink(PageIndex index, Metadata meta) {
        for (Element a : index.authorLinks) {
            String text = Text.normalizeSpace(a.text());
            if (PERSON_NAME.matcher(text).matches() && Bylines.isPersonName(text) && !inForeignRegion(a)
                    && a.closest("nav, header, menu") == null
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
            if (next == null || inForeignRegion(label)) {
                continue;
            }
            String text = Text.normalizeSpace(next.text()).replaceAll("[\\s,;:|]+$", "");
            if (text.length() <= MAX_LABELLED_NAME_CHARS && PERSON_NAME.matcher(text).matches()
                    && Bylines.isPersonName(text)
                    && meta.offer(Field.AUTHOR, Bylines.asWritten(text, meta.get(Field.SITE_NAME)), BYLINE)) {
                return;
            }
        }
    }

    void readTimes(PageIndex index, Metadata meta) {
        List<Element> times = index.times;
        List<Element> published = new ArrayList<>();
        for (Element t : times) {
            if (inForeignRegion(t)) {
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
        String visible = visibleDate(index, published);
        if (!meta.offer(Field.DATE, visible, TIME) && visible != null && isUtc(meta.get(Field.DATE))
                && !isUtc(visible) && oneDayApart(meta.get(Field.DATE), visible)) {
            meta.override(Field.DATE, visible, TIME);
        }
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

    /** The publication date the reader sees: a {@code <time>}, a dated line by the headline, a date-classed element. */
    private static String visibleDate(PageIndex index, List<Element> published) {
        for (Element t : published) {
            String date = DateParser.parse(dateValue(t));
            if (date != null) {
                return date;
            }
        }
        for (Element e : index.labelledDates) {
            String date = inForeignRegion(e) || MODIFIED_HINT.matches(e.text()) ? null : DateParser.parse(e.text());
            if (date != null) {
                return date;
            }
        }
        for (Element e : index.afterHeadline) {
            String date = inForeignRegion(e) ? null : DateParser.parse(e.ownText());
            if (date != null) {
                return date;
            }
        }
        if (!index.headlineSeen()) {
            for (Element e : index.afterSubhead) {
                String date = inForeignRegion(e) ? null : DateParser.parse(e.ownText());
                if (date != null) {
                    return date;
                }
            }
        }
        if (index.headlineSeen()) {
            for (Element e : index.beforeHeadline) {
                String date = inForeignRegion(e) ? null : DateParser.parse(e.ownText());
                if (date != null) {
                    return date;
                }
            }
        }
        for (Element e : index.dated) {
            String text = hasDateAttribute(e) ? dateValue(e) : e.ownText().isEmpty() ? e.text() : e.ownText();
            String date = text.length() < 80 && !inForeignRegion(e) && !MODIFIED_HINT.matches(e.className())
                    ? DateParser.parse(text) : null;
            if (date != null) {
                return date;
            }
        }
        return null;
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

    static boolean inForeignRegion(Element e) {
        int depth = 0;
        for (Element p = e; p != null && depth < FOREIGN_REGION_DEPTH; p = p.parent(), depth++) {
            if (p.tagName().equals("aside") || p.tagName().equals("footer") && p.closest("article") == null
                    || FOREIGN_REGION.matches(p.className()) || FOREIGN_REGION.matches(p.id())) {
                return true;
            }
        }
        return false;
    }
}
