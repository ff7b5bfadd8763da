package io.newsflow.extractor.charset;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extractor.Fixtures;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RawTextStripperTest {

    private static String strip(String html) {
        return new String(RawTextStripper.strip(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    static Stream<String> fixtures() {
        File dir = new File(Objects.requireNonNull(RawTextStripperTest.class.getResource("/pages")).getFile());
        return Stream.of(Objects.requireNonNull(dir.list((d, name) -> new File(d, name).isDirectory()))).sorted();
    }

    /** The stripped page parses into the same tree: same elements, same text, same JSON-LD, only scripts emptied. */
    @ParameterizedTest
    @MethodSource("fixtures")
    void aRealPageParsesToTheSameTreeWithoutItsScriptAndStyleContents(String fixture) {
        byte[] bytes = Fixtures.page(fixture);
        byte[] stripped = RawTextStripper.strip(bytes);
        Document before = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        Document after = Jsoup.parse(new String(stripped, StandardCharsets.UTF_8));
        assertThat(stripped.length).isLessThanOrEqualTo(bytes.length);
        // SVG elements are kept empty (inside them a <style> is an ordinary element whose CSS jsoup reads as text)
        assertThat(after.select("svg").stream().filter(svg -> svg.childNodeSize() > 0)
                .filter(svg -> svg.selectFirst("svg svg") == null)).isEmpty();
        before.select("svg").forEach(Element::empty);
        after.select("svg").forEach(Element::empty);
        assertThat(outline(after)).isEqualTo(outline(before));
        assertThat(after.text()).isEqualTo(before.text());
        assertThat(ldJson(after)).isEqualTo(ldJson(before));
    }

    @Test
    void scriptAndStyleContentsGoTheirTagsStay() {
        String page = "<html><head><style type=text/css>p > a { color: red }</style>"
                + "<script src=\"a.js\"></script><script>if (a < b && c > d) { x = '</p>'; }</script></head>"
                + "<body><p>Text</p><SCRIPT type=\"text/javascript\">var s = \"<div>\";</SCRIPT ></body></html>";
        assertThat(strip(page)).isEqualTo("<html><head><style type=text/css></style>"
                + "<script src=\"a.js\"></script><script></script></head>"
                + "<body><p>Text</p><SCRIPT type=\"text/javascript\"></SCRIPT ></body></html>");
    }

    @Test
    void inlineSvgIsEmptiedUnlessItNestsAnother() {
        String page = "<p>a<svg viewBox=\"0 0 9 9\"><title>icon</title><path d=\"M0 0L9 9\"/></svg>b</p>"
                + "<svg/><p>c</p><svg><g><svg><path/></svg></g></svg><p>d</p>";
        assertThat(strip(page)).isEqualTo("<p>a<svg viewBox=\"0 0 9 9\"></svg>b</p>"
                + "<svg/><p>c</p><svg><g><svg></svg></g></svg><p>d</p>");
    }

    @Test
    void jsonLdIsKept() {
        String page = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"x\":\"<b>\"}</script>"
                + "<script type='Application/LD+JSON'>{}</script><p>x</p>";
        assertThat(strip(page)).isEqualTo(page);
    }

    @Test
    void scriptTagsInsideCommentsAttributesAndTitlesAreText() {
        String page = "<title>How to use <script> tags</title><!-- <script> --><p data-x=\"<script>\" title='<style>'>"
                + "Body text</p><textarea><style></textarea><p>more</p><script>x</script>";
        assertThat(strip(page)).isEqualTo("<title>How to use <script> tags</title><!-- <script> -->"
                + "<p data-x=\"<script>\" title='<style>'>Body text</p><textarea><style></textarea><p>more</p>"
                + "<script></script>");
    }

    @Test
    void anUnquotedValueHoldingQuotesEndsAtTheTagEnd() {
        String page = "<a href=x=\"y>link</a> <script>code</script> <p>\"</p>";
        assertThat(strip(page)).isEqualTo("<a href=x=\"y>link</a> <script></script> <p>\"</p>");
    }

    @Test
    void aScriptWhoseEndTagTheTokenizerMaySkipIsKeptWithTheRestOfThePage() {
        // "<!--" then "<script" inside a script: the double-escaped state ignores the first "</script>".
        String page = "<style>a{}</style><script><!-- document.write(\"<script></script>\") --></script><p>x</p>";
        assertThat(strip(page)).isEqualTo("<style></style><script><!-- document.write(\"<script></script>\") -->"
                + "</script><p>x</p>");
    }

    @Test
    void anUnclosedScriptOrPlaintextKeepsTheRest() {
        assertThat(strip("<p>a</p><script>var x = 1; <p>b</p>")).isEqualTo("<p>a</p><script>var x = 1; <p>b</p>");
        assertThat(strip("<plaintext><script>x</script>")).isEqualTo("<plaintext><script>x</script>");
    }

    @Test
    void aPageWithoutScriptsIsReturnedAsItIs() {
        byte[] page = "<p>nothing to drop</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(RawTextStripper.strip(page)).isSameAs(page);
    }

    @Test
    void onlyCharsetsWhoseBytesCannotFakeATagAreScanned() {
        assertThat(RawTextStripper.safeFor(null)).isTrue();
        assertThat(RawTextStripper.safeFor(StandardCharsets.UTF_8)).isTrue();
        assertThat(RawTextStripper.safeFor(java.nio.charset.Charset.forName("windows-1252"))).isTrue();
        assertThat(RawTextStripper.safeFor(java.nio.charset.Charset.forName("Shift_JIS"))).isTrue();
        assertThat(RawTextStripper.safeFor(StandardCharsets.UTF_16LE)).isFalse();
        assertThat(RawTextStripper.safeFor(java.nio.charset.Charset.forName("ISO-2022-JP"))).isFalse();
    }

    @Test
    void decodingForTheExtractorDropsScriptsWithInvalidBytesBeforeTheUtf8Check() {
        // A script holding a stray latin-1 byte made the whole valid UTF-8 page decode as windows-1252 (mojibake).
        byte[] head = "<meta charset=utf-8><script>var s = '".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "';</script><p>Grüße</p>".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, page, 0, head.length);
        page[head.length] = (byte) 0xE9;
        System.arraycopy(tail, 0, page, head.length + 1, tail.length);
        assertThat(HtmlDecoder.decode(page, null, true).text()).contains("Grüße");
        assertThat(HtmlDecoder.decode(page, null).text()).doesNotContain("Grüße");
    }

    private static String outline(Document doc) {
        return doc.getAllElements().stream().map(Element::normalName).collect(Collectors.joining(" "));
    }

    private static String ldJson(Document doc) {
        return doc.select("script[type*=ld+json]").stream().map(Element::data).collect(Collectors.joining("\n"));
    }
}
