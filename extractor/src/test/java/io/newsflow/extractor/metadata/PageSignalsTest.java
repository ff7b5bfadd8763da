package io.newsflow.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extractor.metadata.Metadata.Field;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Visible bylines, shapes taken from pages of the trafilatura dev set. */
class PageSignalsTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private Metadata read(String html) {
        return extractor.extract(Jsoup.parse(html), "https://example.org/a/b");
    }

    @Test
    void aLinkToTheAuthorPageNamesTheAuthor() {
        Metadata meta = read("<h1>Zur Theorie des Multiplikators heute</h1><div class='x'>"
                + "<a href='/autoren/georg-quaas/'>Georg Quaas</a>, 21. Jan. 2015</div><p>Text.</p>");
        assertThat(meta.get(Field.AUTHOR)).isEqualTo("Georg Quaas");
    }

    @Test
    void aMenuLinkToTheAuthorsIndexIsNotAnAuthor() {
        Metadata meta = read("<nav><a href='/autoren/'>Autoren Liste</a></nav><h1>Ein Titel mit vier Worten</h1>");
        assertThat(meta.get(Field.AUTHOR)).isNull();
    }

    @Test
    void drupalsPromotedArticleIsNotAForeignRegion() {
        Metadata meta = read("<div class='node node-article node-promoted'><div class='submitted'>"
                + "Gespeichert von <span class='username'>rasos</span> am 24. Juli 2017 - 18:55</div></div>");
        assertThat(meta.get(Field.AUTHOR)).isEqualTo("rasos");
    }

    @Test
    void aBylineBoxOfInlineElementsIsAWrittenByline() {
        Metadata meta = read("<div><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></div>");
        assertThat(meta.get(Field.AUTHOR)).isEqualTo("Uta Staschewski");
    }

    @Test
    void aDatedLineRightBeforeTheHeadlineIsThePublicationDate() {
        Metadata meta = read("<main><div class='topline'><span>06.12.2022</span></div>"
                + "<h1>Bürgerbeteiligung für den Windpark Steinheim startet</h1><p>Text.</p></main>");
        assertThat(meta.get(Field.DATE)).isEqualTo("2022-12-06");
    }

    @Test
    void aPublishedAbbreviationCarriesItsDateInTheTitleAttribute() {
        Metadata meta = read("<h3>Tach auch!</h3><abbr class='published' title='2020-04-28T21:11:00+02:00'>21:11</abbr>");
        assertThat(meta.get(Field.DATE)).startsWith("2020-04-28");
    }

    @Test
    void theVisibleDayWinsOverAUtcTimestampOneDayOff() {
        Metadata meta = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2023-11-09T05:30:59Z\"}</script><h1>Headline of the news story</h1>"
                + "<div class='time'>PUBLISHED: <time datetime='2023-11-08 23:30:59'>November 8, 2023</time></div>");
        assertThat(meta.get(Field.DATE)).startsWith("2023-11-08");
    }

    @Test
    void aVisibleDayFarFromTheStructuredDateDoesNotReplaceIt() {
        Metadata meta = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2023-11-09T05:30:59Z\"}</script><h1>Headline of the news story</h1>"
                + "<time datetime='2023-10-01'>1 October</time>");
        assertThat(meta.get(Field.DATE)).startsWith("2023-11-09");
    }

    @Test
    void aLabelledDateInTheArticleLeadIsThePublicationDate() {
        Metadata meta = read("<h1>Schulze steht an der Seite des Welternährungsprogramms</h1>"
                + "<div class='l-detail-page__teaser-text'><p>Pressemitteilung vom 25. Januar 2022 | Berlin"
                + "<strong> </strong></p></div>");
        assertThat(meta.get(Field.DATE)).isEqualTo("2022-01-25");
    }

    @Test
    void aNameUnderAnAuthorHeadingIsTheAuthor() {
        Metadata meta = read("<div class='news__meta-column'><h4>Autor</h4><p><a href='/profil/x'>Nikolai Huke</a>"
                + "<b class='separator'>, </b></p></div>");
        assertThat(meta.get(Field.AUTHOR)).isEqualTo("Nikolai Huke");
    }

    @Test
    void aRedaktionLabelAfterADashIsAWrittenByline() {
        Metadata meta = read("<div class='news-single-timedata'>05.02.2020 <span>-&nbsp;Redaktion: Eberhard Fuhr "
                + "(Pressesprecher des EJW)</span></div>");
        assertThat(meta.get(Field.AUTHOR)).isEqualTo("Eberhard Fuhr");
    }

    @Test
    void onAPageWithoutH1TheDatedLineAfterTheFirstH2Counts() {
        Metadata meta = read("<h2>Hybridbatterie: effizient und sicher</h2><p><em> 01.11.2023 11:35 </em></p>"
                + "<p>Text of the press release.</p>");
        assertThat(meta.get(Field.DATE)).startsWith("2023-11-01");
    }

    @Test
    void creditsAndWrittenOutDatesAfterTheNameAreNotPartOfIt() {
        assertThat(read("<div class='byline'>By Nathan Willis March 25, 2015</div>").get(Field.AUTHOR))
                .isEqualTo("Nathan Willis");
        assertThat(read("<p class='byline'>Written by Rob Ewaschuk Edited by Betsy Beyer</p>").get(Field.AUTHOR))
                .isEqualTo("Rob Ewaschuk");
        assertThat(read("<span class='author'>Alex Bozarjian Thursday, November 9</span>").get(Field.AUTHOR))
                .isEqualTo("Alex Bozarjian");
    }
}
