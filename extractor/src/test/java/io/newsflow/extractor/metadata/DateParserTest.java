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
}
