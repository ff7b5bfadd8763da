package io.newsflow.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extractor.Fixtures;
import io.newsflow.extractor.metadata.Metadata.Field;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {

    private final JsonLdReader reader = new JsonLdReader();

    private Metadata read(String json) {
        Metadata meta = new Metadata();
        reader.read(PageIndex.of(Jsoup.parse("<script type=\"application/ld+json\">" + json + "</script>")), meta);
        return meta;
    }

    @Test
    void graphWithAuthorReferenceById() {
        Metadata meta = read("""
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example News"},
                  {"@type":"NewsArticle","headline":"Rates rise","datePublished":"2022-05-06T02:00:00Z",
                   "author":{"@id":"#p1"},"keywords":"economy, rates","articleSection":"Business"},
                  {"@type":"Person","@id":"#p1","name":"Jane Doe"}]}""");
        assertThat(meta.get(Field.TITLE)).isEqualTo("Rates rise");
        assertThat(meta.get(Field.AUTHOR)).isEqualTo("Jane Doe");
        assertThat(meta.get(Field.SITE_NAME)).isEqualTo("Example News");
        assertThat(meta.tags()).containsExactly("economy", "rates");
        assertThat(meta.categories()).containsExactly("Business");
        assertThat(meta.sourceOf(Field.AUTHOR)).isEqualTo("json-ld");
    }

    @Test
    void organisationAsAuthorIsNotAPerson() {
        Metadata meta = read("{\"@type\":\"Article\",\"headline\":\"H\",\"author\":{\"@type\":\"Organization\",\"name\":\"ACME\"}}");
        assertThat(meta.get(Field.AUTHOR)).isNull();
    }

    @Test
    void brokenJsonWithTrailingCommaAndCommentIsTolerated() {
        Metadata meta = read("/* generated */ {\"@type\":\"BlogPosting\",\"headline\":\"Still read\",}");
        assertThat(meta.get(Field.TITLE)).isEqualTo("Still read");
    }

    @Test
    void garbageIsSkippedNotFatal() {
        assertThat(read("{{{ not json at all").get(Field.TITLE)).isNull();
    }

    @Test
    void severalAuthorsOfARealPageAreJoinedWithSemicolons() {
        Metadata meta = new Metadata();
        String html = new String(Fixtures.page("nbcnews-schema-org-context-object"), StandardCharsets.UTF_8);
        reader.read(PageIndex.of(Jsoup.parse(html)), meta);
        assertThat(meta.get(Field.AUTHOR)).isEqualTo("Stella Kim; Jennifer Jett");
        assertThat(meta.get(Field.DATE)).startsWith("2024-12-0");
    }
}
