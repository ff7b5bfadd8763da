package io.newsflow.extractor.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extractor.Fixtures;
import io.newsflow.extractor.content.ContentExtractor.Content;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {

    private final ContentExtractor extractor = new ContentExtractor();

    private Content extract(String html, String url) {
        return extractor.extract(Jsoup.parse(html, url), () -> Jsoup.parse(html, url), ContentExtractor.Known.NOTHING);
    }

    private Content extractFixture(String folder, String url) {
        return extract(new String(Fixtures.page(folder), StandardCharsets.UTF_8), url);
    }

    private Content extractFixture(String folder, String url, ContentExtractor.Known known) {
        String html = new String(Fixtures.page(folder), StandardCharsets.UTF_8);
        return extractor.extract(Jsoup.parse(html, url), () -> Jsoup.parse(html, url), known);
    }

    @Test
    void photoCaptionBylineAndDatelineAreNotBodyText() {
        Content c = extractFixture("ctvnews-snooze-cruise", "https://www.ctvnews.ca/",
                new ContentExtractor.Known("Snooze cruise: Study sees future for hibernating astronauts", "The Associated Press"));
        assertThat(c.text()).startsWith("BERLIN -- The European Space Agency says putting astronauts");
        assertThat(c.text()).doesNotContain("In this Dec. 12, 2006, file photo").doesNotContain("Published Monday");
    }

    @Test
    void looseTextLinesBesideATableAreFound() {
        Content c = extractFixture("entermedia-namsangmi", "http://entermedia.co.kr/");
        assertThat(c.text()).contains("주말 밤 9시 MBC와 SBS는 막장극의 대결로 붙는 경우가 흔하다");
        assertThat(c.text()).doesNotContain("Entermedia 주요뉴스");
    }

    @Test
    void leadParagraphInTheArticleHeadIsKept() {
        Content c = extractFixture("deutschlandfunk-zukunft-der-arbeit", "https://www.deutschlandfunk.de/");
        assertThat(c.text()).contains("Die Digitalisierung der Arbeitswelt werde Millionen Arbeitsplätze kosten");
    }

    @Test
    void linksInsideTheBodyAreResolvedWithTheirAnchorText() {
        Content c = extractFixture("thehill-omar-threat", "https://thehill.com/blogs/");
        assertThat(c.text()).contains("A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar");
        assertThat(c.links()).isNotEmpty().allSatisfy(l -> assertThat(l.url()).startsWith("http"));
    }

    @Test
    void navigationCommentsAndShareBarsAreLeftOut() {
        String para = "<p>" + "This is the real article sentence, with several clauses, and enough words. ".repeat(4) + "</p>";
        String html = "<html><body><nav><a href='/a'>Home</a> <a href='/b'>World</a></nav>"
                + "<div class='share-bar'>Share this on Facebook</div>"
                + "<div class='article-content'>" + para.repeat(5) + "</div>"
                + "<div id='comments'><p>" + "A reader comment that goes on and on, with commas, too. ".repeat(5) + "</p></div>"
                + "<footer>Copyright 2024 Example Media</footer></body></html>";
        Content c = extract(html, "https://example.org/");
        assertThat(c.text()).contains("This is the real article sentence")
                .doesNotContain("Home").doesNotContain("Share this").doesNotContain("reader comment")
                .doesNotContain("Copyright");
    }

    @Test
    void paragraphsAndListItemsEndUpOnTheirOwnLines() {
        String html = "<html><body><article><h2>Section heading</h2><p>" + "First paragraph text, with commas. ".repeat(6)
                + "</p><ul><li>First item of the list</li><li>Second item of the list</li></ul><p>"
                + "Second paragraph text, with commas. ".repeat(6) + "</p></article></body></html>";
        Content c = extract(html, "https://example.org/");
        assertThat(c.text().split("\n")).contains("Section heading", "First item of the list", "Second item of the list");
    }

    @Test
    void tooLittleTextAfterStrictCleaningRetriesGently() {
        String html = "<html><body><div class='sidebar-content-area'><p>"
                + "Only article text, inside a container named like a sidebar, with commas. ".repeat(6)
                + "</p></div></body></html>";
        Document doc = Jsoup.parse(html);
        Content c = extractor.extract(doc, () -> Jsoup.parse(html), ContentExtractor.Known.NOTHING);
        assertThat(c.text()).contains("Only article text");
    }

    @Test
    void whenScoringFindsNothingTheArticleElementIsTheText() {
        // the post is a list of links with one-line descriptions: every block is link-heavy
        Content c = extractFixture("diigo-linkroll-blogposting", "https://nurmeinstandpunkt.wordpress.com/");
        assertThat(c.text()).contains("Presseförderung: Studie zweifelt an Stütze vom Staat").contains("via netzpolitik.org")
                .doesNotContain("Es heißt SOCIAL Media");
    }

    @Test
    void whenScoringFindsNothingAndThereIsNoArticleElementTheParagraphsAreTheText() {
        // slides in a "slideshow" section, each a picture and a short paragraph
        Content c = extractFixture("economictimes-iphone-se-slideshow", "https://economictimes.indiatimes.com/");
        assertThat(c.text()).contains("The latest iPhone from Apple is not what you would expect")
                .contains("But, the iPhone SE fits in so much more").doesNotContain("Log In/Connect with:");
    }

    @Test
    void theEnclosingArticleWinsOverItsLongestPart() {
        // four paragraphs, then a table of ~150 signatories whose commas outscore them; both in one <article>
        Content c = extractFixture("harpers-open-letter", "https://harpers.org/");
        assertThat(c.text()).contains("Our cultural institutions are facing a moment of trial")
                .contains("The free exchange of information and ideas, the lifeblood of a liberal society")
                .contains("Elliot Ackerman");
    }

    @Test
    void aFirstAttemptShorterThanReadabilitysThresholdIsRetriedGently() {
        // strict cleaning leaves a 463-character teaser; the gentle retry finds the description below it
        Content c = extractFixture("ebrosia-zinfandel-rose", "https://www.ebrosia.de/");
        assertThat(c.text()).contains("Das Bukett präsentiert sich")
                .contains("Besonders gut passt er zu asiatischen Gerichten").contains("Dekantieren nicht notwendig");
    }

    @Test
    void aCaptionEndingInACopyrightCreditIsNotBodyText() {
        // "Lee Elder war mit golferischem Talent und einem farbenfrohen Kleidungsstil gesegnet. | © Augusta National/Getty Images"
        Content c = extractFixture("golf-elder-augusta", "https://www.golf.de/");
        assertThat(c.text()).doesNotContain("©").doesNotContain("Kleidungsstil gesegnet")
                .contains("Lee Elder");
    }

    @Test
    void aPostFooterLongerThanTheShortPostIsStillFurniture() {
        // <footer class="entry-meta"> of 546 characters (category line, author box) under a 200-character post
        Content c = extractFixture("knowledgeonair-knowledgecamp", "https://knowledge-on-air.de/");
        assertThat(c.text()).contains("Auch auf dem KnowledgeCamp 2019")
                .doesNotContain("Dieser Eintrag wurde veröffentlicht").doesNotContain("Scholarch der Cogneon");
    }

    @Test
    void softHyphensOfThePageStayInTheText() {
        // "Klima&shy;wandel": the page's text as readers copy it, and as the benchmarks' truths keep it
        Content c = extractFixture("bmz-welternaehrungsprogramm", "https://www.bmz.de/");
        assertThat(c.text()).contains("tragen auch der Klima\u00ADwandel");
    }

    @Test
    void theDeckWrittenAsAnH2RightAfterTheH1LeadsTheArticle() {
        // <h1 class="article-headline">…</h1><h2 class="article-subheadline">Das „erneuerbare Molekül“: …</h2>
        Content c = extractFixture("orsted-wasserstoff-potenzial", "https://orsted.de/");
        assertThat(c.text()).startsWith("Das „erneuerbare Molekül“: das Potenzial von Wasserstoff aus erneuerbaren Energien\n");
    }
}
