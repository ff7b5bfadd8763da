package io.newsflow.extractor.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extractor.Fixtures;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

class DescendantsTest {

    /** Real pages with deep trees, figures, lists and forms. */
    private static final String[] PAGES = {"beige-provence", "alacarte-purzelbaum", "blogger-viertes-interview"};

    @Test
    void theWalkFindsWhatJsoupsCollectorsFindInTheSameOrder() {
        for (String page : PAGES) {
            Document doc = Jsoup.parse(new String(Fixtures.page(page), StandardCharsets.UTF_8));
            for (Element e : doc.getAllElements()) {
                assertThat(Descendants.all(e)).as(page).containsExactlyElementsOf(e.getAllElements());
                for (String tag : new String[] {"p", "a", "li", "img", "pre"}) {
                    assertThat(Descendants.byTag(e, tag)).as(page).containsExactlyElementsOf(e.getElementsByTag(tag));
                    assertThat(Descendants.count(e, tag)).as(page).isEqualTo(e.getElementsByTag(tag).size());
                    assertThat(Descendants.has(e, tag)).as(page).isEqualTo(!e.getElementsByTag(tag).isEmpty());
                }
            }
        }
    }

    @Test
    void theElementsBeforeOneStopAtIt() {
        Document doc = Jsoup.parse(new String(Fixtures.page("beige-provence"), StandardCharsets.UTF_8));
        Element body = doc.body();
        Element stop = doc.getElementsByTag("p").last();
        var all = body.getAllElements();
        assertThat(Descendants.before(body, stop)).containsExactlyElementsOf(all.subList(0, all.indexOf(stop)));
        assertThat(Descendants.before(stop, body)).containsExactlyElementsOf(stop.getAllElements());
    }

    @Test
    void theOutermostMatchesAreThoseWithoutAMatchingAncestor() {
        Evaluator blocks = QueryParser.parse("p, blockquote, pre");
        Document quotes = Jsoup.parse("<body><blockquote><p>a</p><blockquote><p>b</p></blockquote></blockquote>"
                + "<p>c</p><div><pre>d</pre></div></body>");
        assertThat(Descendants.outermost(quotes.body(), blocks)).extracting(Element::text)
                .containsExactly("a b", "c", "d");
        for (String page : PAGES) {
            Element body = Jsoup.parse(new String(Fixtures.page(page), StandardCharsets.UTF_8)).body();
            var expected = body.select(blocks).stream()
                    .filter(e -> e.parent() == null || e.parent().closest(blocks) == null).toList();
            assertThat(Descendants.outermost(body, blocks)).as(page).containsExactlyElementsOf(expected);
        }
    }
}
