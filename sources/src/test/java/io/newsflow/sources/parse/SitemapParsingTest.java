package io.newsflow.sources.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapParsingTest {

    private final SourceDocumentParser parser = new SourceDocumentParser(ParseLimits.defaults());
    private final URI base = URI.create("https://www.example.com/sitemap.xml");

    @Test
    void sitemapUrlsComeWithTheirLastModificationAndImageLocationsAreNotPages() {
        SourceDocument sitemap = parser.parse(Fixtures.document("sitemap.xml"), base, null);

        assertThat(sitemap.format()).isEqualTo(SourceFormat.XML_SITEMAP);
        assertThat(sitemap.isSitemapIndex()).isFalse();
        assertThat(sitemap.entries()).extracting(SourceEntry::url).containsExactly(
                "https://www.example.com/articles/2024/03/12/harbour-reopens",
                "https://www.example.com/articles/2024/03/10/library-extension",
                "https://www.example.com/articles/2024/03/11/tram-line");
        assertThat(sitemap.entries().get(2).published()).isEqualTo(Instant.parse("2024-03-11T17:30:00Z"));
    }

    @Test
    void sitemapIndexListsItsChildren() {
        SourceDocument index = parser.parse(Fixtures.document("sitemap-index.xml"), base, null);

        assertThat(index.isSitemapIndex()).isTrue();
        assertThat(index.entries()).isEmpty();
        assertThat(index.childSitemaps()).containsExactly(
                URI.create("https://www.example.com/sitemaps/articles-2024-03.xml"),
                URI.create("https://www.example.com/sitemaps/articles-2024-02.xml.gz"));
    }

    @Test
    void newsSitemapEntriesCarryTitleAndPublicationDate() {
        SourceDocument news = parser.parse(Fixtures.document("news-sitemap.xml"),
                URI.create("https://www.example-times.com/news-sitemap.xml"), null);

        assertThat(news.entries()).hasSize(2);
        assertThat(news.entries().get(0).title()).isEqualTo("Chipmaker beats forecasts on data-centre demand");
        assertThat(news.entries().get(0).published()).isEqualTo(Instant.parse("2024-03-12T10:05:00Z"));
    }

    @Test
    void textSitemapIsReadLineByLine() {
        SourceDocument text = parser.parse(Fixtures.document("sitemap.txt"), URI.create("https://www.example.com/sitemap.txt"), null);

        assertThat(text.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(text.entries()).extracting(SourceEntry::url).hasSize(3)
                .contains("https://www.example.com/articles/2024/03/02/road-closures");
    }

    @Test
    void gzippedSitemapIsInflated() throws IOException {
        SourceDocument sitemap = parser.parse(gzip(Fixtures.document("sitemap.xml")),
                URI.create("https://www.example.com/sitemaps/articles-2024-02.xml.gz"), null);

        assertThat(sitemap.entries()).hasSize(3);
    }

    @Test
    void gzipBombStopsAtTheDocumentLimit() throws IOException {
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        byte[] bomb = gzip(huge);   // ~20 KB that inflate to 20 MB
        SourceDocumentParser small = new SourceDocumentParser(new ParseLimits(1024 * 1024, 100));

        assertThatThrownBy(() -> small.parse(bomb, base, null))
                .isInstanceOf(MalformedSourceException.class).hasMessageContaining("inflates beyond the limit");
    }

    @Test
    void childSitemapsBeyondTheLimitAreLeftOut() {
        SourceDocumentParser small = new SourceDocumentParser(new ParseLimits(1_000_000, 1));

        SourceDocument index = small.parse(Fixtures.document("sitemap-index.xml"), base, null);

        assertThat(index.childSitemaps()).hasSize(1);
        assertThat(index.truncated()).isTrue();
    }

    static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.toByteArray();
    }
}
