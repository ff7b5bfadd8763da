package io.newsflow.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void emptyBytesGiveAnEmptyBodyWithAReason() {
        ExtractedArticle a = extractor.extract(new byte[0], null, null);
        assertThat(a.articleBody()).isEmpty();
        assertThat(a.emptyReason()).isEqualTo("empty document");
    }

    @Test
    void nullArgumentsDoNotThrow() {
        ExtractedArticle a = extractor.extract(null, null, null);
        assertThat(a.hasBody()).isFalse();
        assertThat(a.emptyReason()).isNotNull();
    }

    @Test
    void binaryContentIsNotHtml() {
        byte[] bytes = new byte[4096];
        new Random(1).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 3) {
            bytes[i] = 0;
        }
        assertThat(extractor.extract(bytes, null, null).emptyReason()).isEqualTo("not HTML");
        assertThat(extractor.extract("<p>x</p>".getBytes(StandardCharsets.UTF_8), null, "image/png").emptyReason())
                .isEqualTo("not HTML");
    }

    @Test
    void pageWithoutArticleTextGivesTheNoArticleReason() {
        String html = "<html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav></body></html>";
        ExtractedArticle a = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "https://example.org/", null);
        assertThat(a.articleBody()).isEmpty();
        assertThat(a.emptyReason()).isEqualTo("no article text found");
        assertThat(a.title()).isEqualTo("Login");
    }

    @Test
    void brokenMarkupStillYieldsTheText() {
        String html = "<html><body><div><p>" + "Unclosed paragraphs, stray tags </span></b> and more words here. ".repeat(10)
                + "<p><table><tr><td>" + "Text in a broken table, with commas, and sentences. ".repeat(8);
        ExtractedArticle a = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(a.articleBody()).contains("Unclosed paragraphs").contains("Text in a broken table");
        assertThat(a.emptyReason()).isNull();
    }

    @Test
    void deeplyNestedDocumentDoesNotOverflowTheStack() {
        int depth = 50_000;
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth));
        html.append("<p>").append("Deep text, with commas, that is the whole article of this page. ".repeat(10)).append("</p>");
        html.append("</div>".repeat(depth)).append("</body></html>");
        ExtractedArticle a = extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(a.articleBody()).contains("Deep text, with commas");
    }

    @Test
    void metadataSourcesAreRecordedPerField() {
        ExtractedArticle a = extractor.extract(Fixtures.page("ctvnews-snooze-cruise"),
                "https://www.ctvnews.ca/sci-tech/snooze-cruise-study-sees-future-for-hibernating-astronauts-1.4690347", null);
        assertThat(a.title()).isEqualTo("Snooze cruise: Study sees future for hibernating astronauts");
        assertThat(a.date()).startsWith("2019-11-18");
        assertThat(a.sources()).containsEntry("title", "json-ld").containsEntry("date", "json-ld");
        assertThat(a.language()).startsWith("en");
        assertThat(a.canonicalUrl()).startsWith("https://www.ctvnews.ca/sci-tech/snooze-cruise");
    }

    @Test
    void withoutAUrlLinksResolveAgainstTheCanonicalUrl() {
        String html = "<html><head><link rel=canonical href='https://example.org/news/story'></head><body><article><p>"
                + "Article text, with commas, that cites <a href='/reports/2024'>the annual report</a> as its source. ".repeat(5)
                + "</p></article></body></html>";
        ExtractedArticle a = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(a.links()).containsExactly(new ArticleLink("https://example.org/reports/2024", "the annual report"));
    }

    @Test
    void relativeImageAndCanonicalAreResolvedAgainstThePageUrl() {
        String html = "<html><head><meta property=og:image content='/img/lead.jpg'><meta property=og:url content='/news/a'>"
                + "</head><body><p>" + "Some article text, with commas, long enough to count. ".repeat(8) + "</p></body></html>";
        ExtractedArticle a = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "https://example.org/news/a?x=1", null);
        assertThat(a.image()).isEqualTo("https://example.org/img/lead.jpg");
        assertThat(a.canonicalUrl()).isEqualTo("https://example.org/news/a");
    }

    @Test
    void extractorIsSafeToShareBetweenThreads() throws Exception {
        byte[] page = Fixtures.page("thehill-omar-threat");
        String expected = extractor.extract(page, null, null).articleBody();
        Thread[] threads = new Thread[4];
        String[] results = new String[threads.length];
        for (int i = 0; i < threads.length; i++) {
            int n = i;
            threads[i] = new Thread(() -> results[n] = extractor.extract(page, null, null).articleBody());
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).containsOnly(expected);
    }

    @Test
    void aScriptRenderedShellGetsItsTextFromJsonLd() {
        // homify renders the guide by script; the HTML holds no article text, the JSON-LD HowTo holds description and steps
        ExtractedArticle a = extractor.extract(Fixtures.page("homify-runde-tischdecke"), null, null);
        assertThat(a.articleBody()).startsWith("Unabhängig von Größe und Stil kannst du dich glücklich schätzen")
                .contains("Schritt 1: Messe deine Tischplatte");
        assertThat(a.sources()).containsEntry("articleBody", "json-ld");
        assertThat(a.emptyReason()).isNull();
    }

    @Test
    void aStructuredBodyReplacesOnlyAShortPageTextAndKeepsItsLead() {
        String lead = "Eine Schneedecke auf der Photovoltaikanlage sorgt nicht nur für geringeren Stromertrag.";
        String structured = "Betreiber von Photovoltaikanlagen stellen sich die Frage. ".repeat(10);
        assertThat(ArticleExtractor.prefersStructuredBody(lead, structured)).isTrue();
        assertThat(ArticleExtractor.prefersStructuredBody("x".repeat(800), structured + structured)).isFalse();
        assertThat(ArticleExtractor.prefersStructuredBody(lead, "A short summary.")).isFalse();
        assertThat(ArticleExtractor.withLead(lead, structured)).startsWith(lead + "\n");
        assertThat(ArticleExtractor.withLead(lead, lead + " " + structured)).isEqualTo(lead + " " + structured);
    }

    @Test
    void aTitlePushedIntoTheBodyByTextBeforeTheHtmlIsStillTheTitle() {
        // the page starts with a PHP warning ("<b>Warning</b>: ... on line <b>299</b><br />") before <!DOCTYPE html>
        ExtractedArticle a = extractor.extract(Fixtures.page("bibliothek2null-neuanfang"), null, null);
        assertThat(a.title()).isEqualTo("Alles Neue mach der Mai…");
    }
}
