package io.newsflow.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {

    private final TitleCleaner cleaner = new TitleCleaner();
    private final Document empty = Jsoup.parse("<p>x</p>");

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
        Document doc = Jsoup.parse("<h1>Tote Hummeln unter Linden</h1>");
        assertThat(cleaner.clean("Tote Hummeln unter Linden: Die Erklärung | Hummeln", null, null, doc))
                .isEqualTo("Tote Hummeln unter Linden");
    }

    @Test
    void shortRemainderKeepsTheWholeTitle() {
        assertThat(cleaner.clean("Google - Site Reliability Engineering", null, null, empty))
                .isEqualTo("Google - Site Reliability Engineering");
    }
}
