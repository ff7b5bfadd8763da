package io.newsflow.extractor.metadata;

import io.newsflow.extractor.metadata.Metadata.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Metadata stated in the visible page: microdata, bylines, {@code <time>} elements and dates in the text. */
final class PageSignals {

    static final String MICRODATA = "microdata";
    static final String BYLINE = "byline";
    static final String TIME = "time";
    /** A byline is short; a longer element with "author" in its class is a bio box or an author list. */
    private static final int MAX_BYLINE_CHARS = 120;
    private static final String BYLINE_SELECTOR = "[rel=author], [itemprop~=(?i)^author$], [class~=(?i)byline|"
            + "author|autor|writer|dateline|p-author|posted-by|article-source|verfasser], [id~=(?i)byline|author|autor],"
            + " [data-testid~=(?i)byline|author]";
    /** Bylines in these regions belong to comments or teasers of other articles. */
    private static final Pattern FOREIGN_REGION = Pattern.compile(
            "(?i)(^|[\\s_-])(comments?|commentlist|related|teaser|recommend\\w*|sidebar|widget|promo|newsletter|"
                    + "reply|replies|respond)($|[\\s_-])");
    /** How far up a byline's ancestors are checked for a foreign region; higher up sit page-wide wrappers. */
    private static final int FOREIGN_REGION_DEPTH = 6;
    private static final Pattern PUBLISHED_HINT = Pattern.compile("(?i)publish|posted|pubdate|created|date|time|meta|datum");
    private static final Pattern MODIFIED_HINT = Pattern.compile("(?i)modif|updat|aktualisiert|edited");
    /** What follows the names in a byline: dates, times, "updated", separators. */
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "(?iu)(\\s+[-–—|•·]\\s+|[|•·]|\\d|\\b(updated|published|posted|veröffentlicht|aktualisiert|am|on|le|el|il)\\s).*$");
    /** Elements scanned for a written-out date: the first few dated elements near the headline. */
    private static final int MAX_DATE_ELEMENTS = 40;

    void readMicrodata(Document doc, Metadata meta) {
        Element headline = doc.selectFirst("[itemprop~=(?i)^headline$]");
        if (headline != null && !headline.tagName().equals("meta")) {
            meta.offer(Field.TITLE, headline.text(), MICRODATA);
        }
        for (Element e : doc.select("[itemprop~=(?i)^datePublished$]")) {
            meta.offer(Field.DATE, DateParser.parse(dateValue(e)), MICRODATA);
        }
        for (Element e : doc.select("[itemprop~=(?i)^dateModified$]")) {
            meta.offer(Field.DATE_MODIFIED, DateParser.parse(dateValue(e)), MICRODATA);
        }
    }

    void readByline(Document doc, Metadata meta) {
        for (Element e : doc.select(BYLINE_SELECTOR)) {
            if (e.tagName().equals("meta") || e.tagName().equals("link") || inForeignRegion(e)) {
                continue;
            }
            Element name = e.selectFirst("[itemprop~=(?i)^name$]");
            String text = (name != null ? name : e).text();
            if (text.isEmpty() || text.length() > MAX_BYLINE_CHARS) {
                continue;
            }
            String names = Bylines.clean(stripDates(text));
            if (names != null && meta.offer(Field.AUTHOR, names, BYLINE)) {
                return;
            }
        }
    }

    void readTimes(Document doc, Metadata meta) {
        Elements times = doc.select("time[datetime], [pubdate], time");
        List<Element> published = new ArrayList<>();
        for (Element t : times) {
            if (inForeignRegion(t)) {
                continue;
            }
            String context = t.className() + " " + t.parent().className() + " " + t.attr("itemprop");
            if (MODIFIED_HINT.matcher(context).find()) {
                meta.offer(Field.DATE_MODIFIED, DateParser.parse(dateValue(t)), TIME);
            } else {
                published.add(t);
            }
        }
        for (Element t : published) {
            if (meta.offer(Field.DATE, DateParser.parse(dateValue(t)), TIME)) {
                return;
            }
        }
        int scanned = 0;
        for (Element e : doc.select("[class~=" + PUBLISHED_HINT.pattern() + "], [id~=" + PUBLISHED_HINT.pattern() + "]")) {
            if (scanned++ > MAX_DATE_ELEMENTS) {
                return;
            }
            String text = e.ownText().isEmpty() ? e.text() : e.ownText();
            if (text.length() < 80 && !inForeignRegion(e)
                    && !MODIFIED_HINT.matcher(e.className()).find()
                    && meta.offer(Field.DATE, DateParser.parse(text), TIME)) {
                return;
            }
        }
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
                    || FOREIGN_REGION.matcher(p.className() + " " + p.id()).find()) {
                return true;
            }
        }
        return false;
    }
}
