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
}
