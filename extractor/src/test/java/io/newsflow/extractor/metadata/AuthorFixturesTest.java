package io.newsflow.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extractor.ArticleExtractor;
import io.newsflow.extractor.ExtractedArticle;
import io.newsflow.extractor.Fixtures;
import org.junit.jupiter.api.Test;

/** Author heuristics, each on the real page (trafilatura dev set) that shows it. */
class AuthorFixturesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedArticle extract(String fixture) {
        return extractor.extract(Fixtures.page(fixture), null, null);
    }

    @Test
    void anIllustratorAfterAWrittenBylineIsNotPartOfTheName() {
        // <em>Text von Christian Seiler &nbsp; Illustration von Markus Roost</em>
        assertThat(extract("alacarte-purzelbaum").author()).isEqualTo("Christian Seiler");
    }

    @Test
    void digitsInsideAUserNameStayAndATrailingGuillemetGoes() {
        // phpBB: <a class="username">r23</a> »
        assertThat(extract("myoos-forum-topic").author()).isEqualTo("r23");
    }

    @Test
    void aNewsAgencyAfterTheAuthorIsDropped() {
        // <byline>Von David Hutzler, dpa</byline>
        assertThat(extract("finanztreff-junge-boerse").author()).isEqualTo("David Hutzler");
    }

    @Test
    void anAuthorBoxLinkPhraseIsNotPartOfTheName() {
        // <a href="/author/martin">Alles von Martin Junker</a>
        assertThat(extract("fincompare-firmenwagen").author()).isEqualTo("Martin Junker");
    }

    @Test
    void anOrganisationInMetaAuthorYieldsToTheVisibleByline() {
        // <meta name="author" content="Bund der Energieverbraucher e.V."> and <h5><em>Von Leonora Holling</em></h5>
        ExtractedArticle a = extract("energieverbraucher-preiskrise");
        assertThat(a.author()).isEqualTo("Leonora Holling");
        assertThat(a.sources()).containsEntry("author", "byline");
    }

    @Test
    void theSiteNameAsJsonLdAuthorYieldsToTheVisibleByline() {
        // JSON-LD author "L'Opinion" (the site); <span class="article_author-name"><a>Emmanuelle Ducros</a>
        assertThat(extract("lopinion-glyphosate").author()).isEqualTo("Emmanuelle Ducros");
    }

    @Test
    void aHandleYieldsToTheVisibleNameAndADateLabelIsCut() {
        // article:author "gabor_munier"; "Author: <a>Gàbor Muniér</a>, Datum: 03.Mär.19"
        assertThat(extract("interscenario-eindruecke").author()).isEqualTo("Gàbor Muniér");
    }

    @Test
    void aSocialHandleYieldsToTheVisibleByline() {
        // article:author "@NatGeoUK"; the byline names Michael Hingston
        assertThat(extract("natgeo-wild-goats").author()).isEqualTo("Michael Hingston");
    }

    @Test
    void aStructuredFullNameIsNotWeak() {
        assertThat(Bylines.isWeakAuthor("Nathan Willis", "LWN.net")).isFalse();
        assertThat(Bylines.isWeakAuthor("robert.stitz", null)).isTrue();
        assertThat(Bylines.isWeakAuthor("homify GmbH", null)).isTrue();
        assertThat(Bylines.isWeakAuthor("Nils", null)).isTrue();
    }

    @Test
    void aPostContainerWithAuthorTermClassesIsNotAByline() {
        // <li class="... post-24788 type-post ... autor-anselm-doris">KOOKread: In dem Moment</li>; byline: div.cb-byline
        assertThat(extract("litradio-schutzzone").author()).isEqualTo("Nicole Collignon");
        assertThat(Bylines.isPersonName("KOOKread: In dem Moment")).isFalse();
    }

    @Test
    void anEmphasisedNameClosingTheArticleIsItsSignature() {
        // ... verpasst das CHL-Endspiel.</p><p><b><i>Stefan Wasmer</i></b></p>
        assertThat(extract("eishockeynews-chl-halbfinale").author()).isEqualTo("Stefan Wasmer");
        assertThat(extract("galore-buch-der-woche").author()).isEqualTo("Marina Mucha");
    }

    @Test
    void anEmphasisedSubheadingFollowedByTextIsNoSignature() {
        Metadata meta = new MetadataExtractor().extract(org.jsoup.Jsoup.parse("<article><h1>Eine Überschrift mit Worten</h1>"
                + "<p>" + "Ein langer Absatz mit Text des Artikels. ".repeat(4) + "</p><p><strong>Die Lage</strong></p>"
                + "<p>" + "Noch mehr Text des Artikels, der weitergeht. ".repeat(4) + "</p></article>"), null);
        assertThat(meta.get(Metadata.Field.AUTHOR)).isNull();
    }

    @Test
    void anAccountNameInTheBylineBoxYieldsToAWrittenFullName() {
        // <p class="submitted">Gespeichert von human am 7. Juli 2019</p> ... <p>Blog Beitrag von Margarita Koreneva</p>
        ExtractedArticle a = extract("ethify-vegetarier");
        assertThat(a.author()).isEqualTo("Margarita Koreneva");
        assertThat(a.sources()).containsEntry("author", "byline");
    }

    @Test
    void aKindOfTextAndVonIntroduceAWrittenByline() {
        // JSON-LD author "Nils" (a first name only); the text opens with <p><strong>Eine Kolumne von Nils Pickert</strong></p>
        assertThat(extract("pinkstinks-patriarchat").author()).isEqualTo("Nils Pickert");
    }

    @Test
    void aPlainTwitterCreatorAccountIsTheLastResortAuthor() {
        // <meta name="twitter:creator" content="delta201">; the page's byline is only a profile link in the header
        assertThat(extract("royalroad-melas-prologue").author()).isEqualTo("delta201");
        Metadata handle = new MetadataExtractor().extract(org.jsoup.Jsoup.parse(
                "<head><meta name=\"twitter:creator\" content=\"@NatGeoUK\"></head><body><h1>Ein Titel hier</h1></body>"), null);
        assertThat(handle.get(Metadata.Field.AUTHOR)).isNull();
    }

    @Test
    void anInterviewCreditNamesTheIntervieweeAndTheInterviewer() {
        // <p class="author">Richard David Precht im Gespräch mit Karin Fischer</p>
        assertThat(extract("deutschlandfunk-zukunft-der-arbeit").author()).isEqualTo("Richard David Precht; Karin Fischer");
        // a caption with a job title before "im Gespräch mit" is not two names
        assertThat(Bylines.interviewCredit("Theresia Bauer, Ministerin für Wissenschaft im Gespräch mit Miriam Janke")).isNull();
    }

    @Test
    void theResponsibleEditorsCreditIsTheAuthorWhenNothingElseNamesOne() {
        // <span class="p-jc"><span class="tiyi1"><a>【纠错】</a>…</span> 责任编辑： 焦鹏 </span>
        assertThat(extract("xinhua-wuhan-heroes").author()).isEqualTo("焦鹏");
    }

    @Test
    void aCopyrightNoticeNamingAPersonIsTheLastResortAuthor() {
        // <p>© 2019 Sven Schreivogel</p> in the footer of a one-person site; nothing else names an author
        assertThat(extract("regiolanda-filmbuero").author()).isEqualTo("Sven Schreivogel");
        for (String company : new String[] {"© 2019 The Associated Press.", "© 2020 Seaside Media.",
                "© 2022 The Jodel Venture GmbH.", "© Kurt-Walter Wessolek, 31.05.2013"}) {
            Metadata meta = new MetadataExtractor().extract(org.jsoup.Jsoup.parse(
                    "<body><h1>Ein Titel hier</h1><p>Text.</p><footer><p>" + company + "</p></footer></body>"), null);
            assertThat(meta.get(Metadata.Field.AUTHOR)).as(company).isNull();
        }
    }

    @Test
    void theLineAfterAPressContactLabelIsTheLastResortAuthor() {
        // <p><strong>Pressekontakt</strong><br />Dr. Tim Loppe<br />Pressesprecher naturstrom AG<br />
        assertThat(extract("unendlich-viel-energie-strompreisbremse").author()).isEqualTo("Dr. Tim Loppe");
        // a press portal: "Pressekontakt:<br>\nNordex SE<br>\nFelix Losada<br>" names the issuing company
        assertThat(extract("iwr-nordex-netzintegration").author()).isEqualTo("Nordex SE");
    }

    @Test
    void theReviewerInAReviewPagesTitleIsTheAuthor() {
        // <title>gousto.co.uk reviewed by Mrs H Pyke</title>
        assertThat(extract("trustpilot-gousto-review").author()).isEqualTo("Mrs H Pyke");
    }

    @Test
    void aMetaLineStartingWithItsDateNamesThePoster() {
        // <h2>Stars (1 / 1) <span>06.11.2023 13:30 von Olga </span></h2>; nothing else names an author
        assertThat(extract("vipflash-pocher-ehezoff").author()).isEqualTo("Olga");
        assertThat(PageSignals.DATED_BYLINE.matcher("06.11.2023 von der Redaktion").matches()).isFalse();
    }

    @Test
    void theSpeakerOfASpeechNamedInTheTitleIsTheAuthor() {
        // <title>www.bundespraesident.de: Der Bundespräsident / Reden / Rede von Bundespräsident Johannes Rau beim …</title>
        assertThat(extract("bundespraesident-rau-rede").author()).isEqualTo("Johannes Rau");
        assertThat(BlogOwner.subjectFromTitle("Remarks by President Joe Biden on the Economy | The White House")).isEqualTo("Joe Biden");
    }

    @Test
    void aPersonsAboutPageNamesItsAuthor() {
        // <title>Über André Loibl | </title>
        assertThat(extract("changenow-andre-loibl").author()).isEqualTo("André Loibl");
        assertThat(BlogOwner.subjectFromTitle("Über uns | Beispiel")).isNull();
        assertThat(BlogOwner.subjectFromTitle("About Us - Example")).isNull();
    }

    @Test
    void theNameInAContactPersonBoxIsTheLastResortAuthor() {
        // <div class="ansprechpartner_list_content">…<a class="thickbox"><strong>Alexandra Weber </strong></a>
        assertThat(extract("ekiba-trauern-digital").author()).isEqualTo("Alexandra Weber");
        Metadata menu = new MetadataExtractor().extract(org.jsoup.Jsoup.parse("<body><h1>Ein Titel hier</h1><p>Text.</p>"
                + "<ul><li class=\"menu-ansprechpartner\"><a><strong>Jana Beispiel</strong></a></li></ul></body>"), null);
        assertThat(menu.get(Metadata.Field.AUTHOR)).isNull();
    }
}
