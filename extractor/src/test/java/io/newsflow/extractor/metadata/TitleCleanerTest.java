package io.newsflow.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {

    private final TitleCleaner cleaner = new TitleCleaner();
    private final List<Element> empty = List.of();

    @Test
    void siteNameSuffixIsRemoved() {
        assertThat(cleaner.clean("Snooze cruise: Study sees future | CTV News", "CTVNews", null, empty))
                .isEqualTo("Snooze cruise: Study sees future");
    }

    @Test
    void hostNameSuffixIsRemovedWithoutSiteName() {
        assertThat(cleaner.clean("Google Stadia, Microsoft xCloud, Apple Arcade - WSJ", null, "www.wsj.com", empty))
                .isEqualTo("Google Stadia, Microsoft xCloud, Apple Arcade");
    }

    @Test
    void headingContainedInTheTitleIsTheHeadline() {
        List<Element> headings = Jsoup.parse("<h1>Tote Hummeln unter Linden</h1>").select("h1");
        assertThat(cleaner.clean("Tote Hummeln unter Linden: Die Erklärung | Hummeln", null, null, headings))
                .isEqualTo("Tote Hummeln unter Linden");
    }

    @Test
    void shortRemainderKeepsTheWholeTitle() {
        assertThat(cleaner.clean("Google - Site Reliability Engineering", null, null, empty))
                .isEqualTo("Google - Site Reliability Engineering");
    }

    @Test
    void theOnlyHeadlineOnThePageWinsOverARewrittenShareTitle() {
        List<Element> headings = Jsoup.parse("<h1>Wie hoch sind die Zinsen für einen Privatkredit?</h1>").select("h1");
        assertThat(cleaner.visibleHeadline("SMAVA", null, "www.smava.de", headings, false))
                .isEqualTo("Wie hoch sind die Zinsen für einen Privatkredit?");
    }

    @Test
    void aKickerInsideTheHeadlineIsNotPartOfTheTitle() {
        List<Element> headings = Jsoup.parse("<h1><span>Nach Corona-Lockerungen</span> "
                + "<span>Autohäuser rechnen mit langsamem Anlaufen des Geschäfts</span></h1>").select("h1");
        assertThat(cleaner.visibleHeadline("Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen des Geschäfts",
                null, null, headings, false)).isEqualTo("Autohäuser rechnen mit langsamem Anlaufen des Geschäfts");
    }

    @Test
    void severalHeadlinesOrAShortOneKeepTheMetadataTitle() {
        List<Element> two = Jsoup.parse("<h1>One long enough headline here</h1><h1>Another long enough headline</h1>")
                .select("h1");
        assertThat(cleaner.visibleHeadline("The metadata title", null, null, two, false)).isNull();
        assertThat(cleaner.visibleHeadline("The metadata title", null, null, Jsoup.parse("<h1>Lorem</h1>").select("h1"), false))
                .isNull();
    }

    @Test
    void aTitleElementJoiningSectionAndSiteWithUnderscoresIsKeptWhole() {
        // Readability test page qq: no separator, so neither Readability.js nor trafilatura cuts it
        List<Element> h1 = Jsoup.parse("<h1>DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶</h1>").select("h1");
        String title = "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网";
        assertThat(cleaner.clean(title, null, null, h1, true)).isEqualTo(title);
        assertThat(cleaner.visibleHeadline(title, null, null, h1, true)).isNull();
        assertThat(cleaner.clean("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶 | 腾讯网", null, null, h1, true))
                .isEqualTo("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶");
    }
}
