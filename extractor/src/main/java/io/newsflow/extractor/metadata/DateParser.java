package io.newsflow.extractor.metadata;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the many ways pages write dates into ISO-8601 (a full timestamp when given, else YYYY-MM-DD). */
public final class DateParser {

    /** Dates before the web or far in the future are parsing accidents, not publication dates. */
    private static final int MIN_YEAR = 1995;
    private static final int MAX_YEAR = 2035;
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern SLASHED_YMD = Pattern.compile("\\b(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\b");
    private static final Pattern COMPACT_YMD = Pattern.compile("(?<!\\d)(20\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    /** dd.mm.yyyy is the European way; with slashes a first number above 12 must be the day. */
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})[./-]\\s?(\\d{1,2})[./-]\\s?(\\d{4})\\b");
    private static final Pattern TEXT_DMY = Pattern.compile(
            "(?iu)\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?(\\p{L}{3,})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
    private static final Pattern TEXT_MDY = Pattern.compile(
            "(?iu)\\b(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    /** /2019/11/19/ or /2019-11-19- in a URL path. */
    private static final Pattern URL_YMD = Pattern.compile("/(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_]|$)");
    /** A path segment that is a European date: /meldungen/29-10-2021 or /29.10.2021/. */
    private static final Pattern URL_DMY = Pattern.compile("/(\\d{1,2})[.-](\\d{1,2})[.-](\\d{4})(?:/|[-_.]|$)");
    private static final Pattern UNIX_SECONDS = Pattern.compile("^1\\d{9}$");
    private static final Map<String, Integer> MONTHS = months();
    /** The longest RFC 1123 date-time: "Wed, 31 Dec 2035 23:59:59 +0000"; each has a time with a colon. */
    private static final int MAX_RFC_1123_CHARS = 31;

    private DateParser() {
    }

    /** ISO form of the first date found in the text, or null. */
    public static String parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Text.normalizeSpace(raw);
        if (s.isEmpty()) {
            return null;
        }
        String iso = isoTimestamp(s);
        if (iso != null) {
            return iso;
        }
        if (UNIX_SECONDS.matcher(s).matches()) {
            return java.time.Instant.ofEpochSecond(Long.parseLong(s)).toString();
        }
        return firstDate(s);
    }

    private static String isoTimestamp(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return null;
        }
        LocalDate date = date(m.group(1), m.group(2), m.group(3));
        if (date == null) {
            return null;
        }
        if (m.group(4) == null) {
            return date.toString();
        }
        String time = (m.group(4).length() == 1 ? "0" : "") + m.group(4) + ":" + m.group(5) + ":"
                + (m.group(6) == null ? "00" : m.group(6));
        String zone = m.group(7);
        if (zone == null) {
            return date + "T" + time;
        }
        String offset = offsetId(zone);
        return offset == null || !isValidTime(m.group(4), m.group(5), m.group(6)) ? date.toString()
                : date + "T" + time + offset;
    }

    /**
     * The offset as {@code ISO_OFFSET_DATE_TIME} prints it ("Z" for zero, else "+hh:mm"), or null when
     * {@code java.time} would refuse it (more than 18 hours, minutes above 59). Written out by hand: parsing and
     * formatting through {@code OffsetDateTime} costs more than the rest of the date reading together.
     */
    static String offsetId(String zone) {
        if (zone.equals("Z")) {
            return "Z";
        }
        int hours = Integer.parseInt(zone.substring(1, 3));
        int minutes = Integer.parseInt(zone.substring(zone.length() - 2));
        if (minutes > 59 || hours > 18 || (hours == 18 && minutes > 0)) {
            return null;
        }
        if (hours == 0 && minutes == 0) {
            return "Z";
        }
        return zone.charAt(0) + zone.substring(1, 3) + ":" + zone.substring(zone.length() - 2);
    }

    /** Hour 0-23, minute and second 0-59 (seconds optional), as {@code java.time}'s strict ISO parsing checks them. */
    static boolean isValidTime(String hour, String minute, String second) {
        return Integer.parseInt(hour) <= 23 && Integer.parseInt(minute) <= 59
                && (second == null || Integer.parseInt(second) <= 59);
    }

    private static String firstDate(String s) {
        Matcher m = SLASHED_YMD.matcher(s);
        if (m.find() && date(m.group(1), m.group(2), m.group(3)) != null) {
            return date(m.group(1), m.group(2), m.group(3)).toString();
        }
        m = DMY.matcher(s);
        if (m.find()) {
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            if (d == null) {
                d = date(m.group(3), m.group(1), m.group(2));
            }
            if (d != null) {
                return d.toString();
            }
        }
        m = TEXT_DMY.matcher(s);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month != null && date(m.group(3), month.toString(), m.group(1)) != null) {
                return date(m.group(3), month.toString(), m.group(1)).toString();
            }
        }
        m = TEXT_MDY.matcher(s);
        while (m.find()) {
            Integer month = month(m.group(1));
            if (month != null && date(m.group(3), month.toString(), m.group(2)) != null) {
                return date(m.group(3), month.toString(), m.group(2)).toString();
            }
        }
        return rfc1123(s);
    }

    private static String rfc1123(String s) {
        if (s.length() > MAX_RFC_1123_CHARS || s.indexOf(':') < 0) {
            return null; // cannot be one: spares building a parse exception for every dateless text
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A UTC timestamp at a full hour this late: midnight in a time zone this many hours east of UTC. */
    private static final Pattern UTC_LATE_FULL_HOUR = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})T(22|23):00:00(?:\\.0+)?(?:Z|\\+00:00)$");

    /**
     * A CMS that stores a date without a time keeps it as local midnight, and exports it converted to UTC:
     * "2022-11-06T23:00:00Z" is 7 November at 00:00 in Central Europe (22:00 in summer). Such a value gives the
     * next calendar day; any other timestamp (with minutes or seconds, or another hour) is returned unchanged.
     */
    public static String localMidnight(String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = UTC_LATE_FULL_HOUR.matcher(iso);
        if (!m.matches()) {
            return iso;
        }
        try {
            return LocalDate.parse(m.group(1)).plusDays(1).toString();
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** Date in a URL path such as /2019/11/19/ or /20191119/. */
    public static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_YMD.matcher(url);
        if (m.find() && date(m.group(1), m.group(2), m.group(3)) != null) {
            return date(m.group(1), m.group(2), m.group(3)).toString();
        }
        m = COMPACT_YMD.matcher(url);
        if (m.find() && date(m.group(1), m.group(2), m.group(3)) != null) {
            return date(m.group(1), m.group(2), m.group(3)).toString();
        }
        m = URL_DMY.matcher(url);
        if (m.find() && date(m.group(3), m.group(2), m.group(1)) != null) {
            return date(m.group(3), m.group(2), m.group(1)).toString();
        }
        return null;
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer exact = MONTHS.get(w);
        if (exact != null) {
            return exact;
        }
        return w.length() >= 3 ? MONTHS.get(w.substring(0, 3)) : null;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
            {"january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "stycznia", "styczeń", "januari", "janeiro", "ledna"},
            {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "lutego", "luty", "februari", "fevereiro", "února"},
            {"march", "mar", "märz", "maerz", "mars", "marzo", "marca", "marzec", "maart", "março", "března", "mär"},
            {"april", "apr", "avril", "abril", "aprile", "kwietnia", "kwiecień", "dubna"},
            {"may", "mai", "mayo", "maggio", "maja", "maj", "mei", "maio", "května"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "czerwca", "czerwiec", "junho", "června"},
            {"july", "jul", "juli", "juillet", "julio", "luglio", "lipca", "lipiec", "julho", "července"},
            {"august", "aug", "août", "aout", "agosto", "sierpnia", "sierpień", "augustus", "srpna"},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre", "września", "wrzesień", "setembro", "září"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "października", "październik", "outubro", "října"},
            {"november", "nov", "novembre", "noviembre", "listopada", "listopad", "novembro"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre", "grudnia", "grudzień", "dezembro", "prosince"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return m;
    }
}
