package io.newsflow.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extractor.ArticleExtractor;
import io.newsflow.extractor.ExtractedArticle;
import io.newsflow.extractor.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Publication-date heuristics, each on the real page (trafilatura dev set) that shows it. The pages are
 * extracted without a fetch URL, as the CLI does, so URL dates come from the page's own canonical URL.
 */
class PublicationDateFixturesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedArticle extract(String fixture) {
        return extractor.extract(Fixtures.page(fixture), null, null);
    }

    @Test
    void aDateInAnImageCaptionIsNotThePublicationDate() {
        // "Quelle: Financial Times, 24.3.2020" under a chart; the article is of 25 March (04:00 UTC).
        ExtractedArticle a = extract("geschichtedergegenwart-foucault");
        assertThat(a.date()).startsWith("2020-03-25");
    }

    @Test
    void anotherStorysTimeInAListIsNotTheLocalFormOfTheUtcTimestamp() {
        // JSON-LD 2023-11-08T22:43:30Z; a teaser list shows <time datetime="2023-11-09T04:09:24-06:00">.
        ExtractedArticle a = extract("kxan-retired-teachers");
        assertThat(a.date()).startsWith("2023-11-08");
    }

    @Test
    void theCanonicalUrlGivesTheDateWhenThePageStatesNoOther() {
        ExtractedArticle a = extract("bibliothek2null-neuanfang");
        assertThat(a.date()).isEqualTo("2014-05-18");
        assertThat(a.sources()).containsEntry("date", "url");
    }

    @Test
    void aDayMonthYearPathSegmentIsADate() {
        ExtractedArticle a = extract("weisser-ring-erfolgsgeschichte");
        assertThat(a.date()).isEqualTo("2021-10-29");
    }

    @Test
    void aUtcTimestampAtLateFullHourIsLocalMidnightOfTheNextDay() {
        // article:published_time 2022-11-06T23:00:00.000Z: a date-only field saved at midnight in Central Europe.
        ExtractedArticle a = extract("beige-provence");
        assertThat(a.date()).isEqualTo("2022-11-07");
        assertThat(DateParser.localMidnight("2022-11-06T23:00:00Z")).isEqualTo("2022-11-07");
        assertThat(DateParser.localMidnight("2022-06-30T22:00:00+00:00")).isEqualTo("2022-07-01");
        assertThat(DateParser.localMidnight("2022-11-06T23:17:00Z")).isEqualTo("2022-11-06T23:17:00Z");
        assertThat(DateParser.localMidnight("2022-11-06T23:00:00+01:00")).isEqualTo("2022-11-06T23:00:00+01:00");
    }

    @Test
    void aHowToIsAnArticleForItsJsonLdDate() {
        // {"@type":"HowTo", "datePublished":"2022-01-10T22:06:08:684Z"} (milliseconds after a colon)
        ExtractedArticle a = extract("homify-runde-tischdecke");
        assertThat(a.date()).startsWith("2022-01-10");
        assertThat(a.sources()).containsEntry("date", "json-ld");
    }

    @Test
    void aDatelineOpeningTheLeadParagraphIsThePublicationDate() {
        // "<p>Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige ..." right under the h1.
        ExtractedArticle a = extract("bmz-welternaehrungsprogramm");
        assertThat(a.date()).isEqualTo("2022-01-25");
    }

    @Test
    void aPrintedDayEqualToDateModifiedIsThePagesDate() {
        // published 2020-01-03, modified 2020-01-06; the page prints "Monday, 6 January 2020" under the headline.
        ExtractedArticle a = extract("natgeo-wild-goats");
        assertThat(a.date()).isEqualTo("2020-01-06");
    }

    @Test
    void aFigcaptionHoldingTheHeadlineIsTheArticleHeaderNotACaption() {
        // <figcaption><small>31.01.2022 2. HBL</small><h1>Neuer Cheftrainer für Dormagen ...</h1>
        ExtractedArticle a = extract("hbl-dormagen-cheftrainer");
        assertThat(a.date()).isEqualTo("2022-01-31");
    }

    @Test
    void aWidgetHoldingThePostsHeadlineIsThePostNotASidebarBox() {
        // Blogger puts the post into <div class="widget Blog">: its date header "Samstag, 5. Oktober 2013" under
        // the post's h2 is the post's date; the archive widget beside it ("► 2019 (22)") stays a sidebar box.
        ExtractedArticle a = extract("blogger-viertes-interview");
        assertThat(a.date()).isEqualTo("2013-10-05");
    }

    @Test
    void aMetaLineOpeningWithADateBeforeInlineLinksIsThePostsDate() {
        // <h2>post title</h2> <small>January 13, 2020 at 08:45 AM | categories: <a>Python</a>, ...</small>
        assertThat(extract("szorc-mercurial-python3").date()).isEqualTo("2020-01-13");
        // <div class="t-ma-info">24.01.2022 11:38<br />Kategorie: <a>News</a></div> under the h1; the "Letzte
        // Artikel" list further down shows other stories' dates as plain leaves (09.10.2021 first)
        assertThat(extract("taucher-boot-tulln").date()).startsWith("2022-01-24");
    }

    @Test
    void anUnqualifiedMetaDateAfterThePrintedDateIsTheLastChange() {
        // TYPO3: <meta name="date" content="2020-02-12" />; under the h1 <div class="news-single-timedata">05.02.2020
        // <span>- Redaktion: ...</span></div>
        assertThat(extract("ejwue-faire-lieferketten").date()).isEqualTo("2020-02-05");
    }

    @Test
    void aDatedMetaLineBehindASmallScreenLineBreakIsRead() {
        // <p> <br class="tw-block md:tw-hidden"> 1. Februar 2022 , Daniel Dillenburg </p> under the h1; a teaser
        // further down shows "21. Januar 2022"
        assertThat(extract("golf-elder-augusta").date()).isEqualTo("2022-02-01");
    }

    @Test
    void aDateInTheHeadlineYieldsToTheDatedLineAfterIt() {
        // <h1>Ergebnisse: RM Schülerinnen A, Aalen-Unterkochen, 19.5.2007</h1> <span class="published">20. Mai 2007</span>
        assertThat(extract("leichtathletik-rm-schuelerinnen").date()).isEqualTo("2007-05-20");
    }

    @Test
    void aForumPostsMetaLineIsItsDateNotTheClockOrTheAccountsAge() {
        // phpBB: <p class="author"><a>Beitrag</a><span>von <strong><a class="username">r23</a></strong> » </span>
        // 21.01.2009, 05:42</p>; beside it "Registriert: 18.09.2008, 05:56", in the footer "Aktuelle Zeit: 14.10.2020"
        assertThat(extract("myoos-forum-topic").date()).isEqualTo("2009-01-21");
    }

    @Test
    void theArticlesOwnEntryInARecentPostsListDatesIt() {
        // No date by the headline; the "Letzte Beiträge" widget lists <a>Wahlzensur: Angriff auf Universitäten</a>
        // <span class="post-date">26/10/2018</span> first, then other posts with theirs
        assertThat(extract("silvias-wahlzensur").date()).isEqualTo("2018-10-26");
    }
}
