package io.newsflow.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateParserTest {

    @Test
    void isoTimestampKeepsItsOffset() {
        assertThat(DateParser.parse("2019-11-18T08:22:00-05:00")).isEqualTo("2019-11-18T08:22:00-05:00");
    }

    @Test
    void compactOffsetAndSpaceSeparatedTimeBecomeIso() {
        assertThat(DateParser.parse("2021-11-01T10:52:50+0100")).isEqualTo("2021-11-01T10:52:50+01:00");
        assertThat(DateParser.parse("2017-11-03 03:01:00.000000")).isEqualTo("2017-11-03T03:01:00");
    }

    @Test
    void writtenOutDatesInSeveralLanguages() {
        assertThat(DateParser.parse("Published Monday, November 18, 2019 8:22AM EST")).isEqualTo("2019-11-18");
        assertThat(DateParser.parse("Dienstag, 01. Februar 2022 12:10")).isEqualTo("2022-02-01");
        assertThat(DateParser.parse("12 listopada 2021")).isEqualTo("2021-11-12");
        assertThat(DateParser.parse("5 de mayo de 2022")).isEqualTo("2022-05-05");
    }

    @Test
    void europeanNumericDates() {
        assertThat(DateParser.parse("06.12.2022")).isEqualTo("2022-12-06");
        assertThat(DateParser.parse("Stand: 25.01.2022, 10:00 Uhr")).isEqualTo("2022-01-25");
    }

    @Test
    void implausibleYearsAreNotDates() {
        assertThat(DateParser.parse("1850-01-01")).isNull();
        assertThat(DateParser.parse("no date here")).isNull();
    }

    @Test
    void dateInUrlPath() {
        assertThat(DateParser.fromUrl("https://www.pv-magazine.com/2019/11/20/south-koreas-roadmap/")).isEqualTo("2019-11-20");
        assertThat(DateParser.fromUrl("https://example.org/news/20191119/story.html")).isEqualTo("2019-11-19");
        assertThat(DateParser.fromUrl("https://example.org/story-12345")).isNull();
    }

    @Test
    void timestampsWithAnOffsetReadAsJavaTimeReadsThem() {
        // the hand-written offset and time checks against java.time's strict ISO parsing and printing
        String[] zones = {"Z", "+00:00", "-00:00", "+0100", "-05:30", "+18:00", "-1800", "+18:01", "+19:00", "+05:60"};
        String[] seconds = {null, "00", "59", "60"};
        for (int hour = 0; hour <= 25; hour++) {
            for (String minute : new String[] {"00", "30", "59", "60"}) {
                for (String second : seconds) {
                    for (String zone : zones) {
                        String time = hour + ":" + minute + (second == null ? "" : ":" + second);
                        assertThat(DateParser.parse("2024-03-05T" + time + zone)).as(time + zone)
                                .isEqualTo(javaTime("2024-03-05", hour, minute, second, zone));
                    }
                }
            }
        }
    }

    private static String javaTime(String date, int hour, String minute, String second, String zone) {
        String offset = zone.equals("Z") || zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
        String text = date + "T" + String.format(java.util.Locale.ROOT, "%02d:%s:%s", hour, minute, second == null ? "00" : second);
        try {
            return java.time.OffsetDateTime.parse(text + offset).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (java.time.format.DateTimeParseException e) {
            return date;
        }
    }
}
