package io.newsflow.sources.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadListsTest {

    @Test
    void urlListSkipsCommentsAndBlanksAndReportsInvalidLinesByNumber() {
        UrlList list = UrlListReader.read(Fixtures.document("urls.txt"), ParseLimits.defaults());

        assertThat(list.urls()).containsExactly(
                "https://news.example.org/world/2024/03/12/ceasefire-talks-resume",
                "https://www.example.net/science/2024/03/12/bee-navigation",
                "https://blog.example.com/2024/03/10/zero-downtime-migration/");
        assertThat(list.errors()).containsExactly(
                new UrlList.LineError(6, "not a URL: Illegal character in path"),
                new UrlList.LineError(7, "not an http or https URL"));
    }

    @Test
    void urlListLinesBeyondTheLimitAreReportedNotDropped() {
        byte[] body = "https://a.example/1\nhttps://a.example/2\nhttps://a.example/3\n".getBytes(StandardCharsets.UTF_8);

        UrlList list = UrlListReader.read(body, new ParseLimits(1000, 2));

        assertThat(list.urls()).hasSize(2);
        assertThat(list.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).contains("more than 2 URLs");
        });
    }

    @Test
    void opmlGivesFeedOutlinesAtAnyDepthAndLinkOutlines() {
        OpmlDocument opml = OpmlReader.read(Fixtures.document("subscriptions.opml"), ParseLimits.defaults());

        assertThat(opml.title()).isEqualTo("Newsroom subscriptions");
        assertThat(opml.feeds()).extracting(OpmlDocument.Feed::xmlUrl).containsExactly(
                "https://feeds.example.org/news/world/rss.xml", "https://www.example.net/science/rss10.xml",
                "https://blog.example.com/feed.atom", "ftp://files.example.com/feed.xml");
        assertThat(opml.feeds().get(0).title()).isEqualTo("World News - Example Broadcasting");
        assertThat(opml.feeds().get(2).type()).isEqualTo("atom");
        assertThat(opml.links()).containsExactly("https://magazine.example.com/2024/03/ports-long-read",
                "https://magazine.example.com/2024/03/interview");
    }

    @Test
    void opmlThatIsNotWellFormedIsRefused() {
        byte[] broken = "<opml version=\"2.0\"><body><outline xmlUrl=\"https://a.example/f\"></body>".getBytes();

        assertThatThrownBy(() -> OpmlReader.read(broken, ParseLimits.defaults()))
                .isInstanceOf(MalformedSourceException.class).hasMessageContaining("not well-formed");
    }

    @Test
    void formatIsDetectedFromTheBytes() {
        assertThat(FormatDetector.detect(Fixtures.document("subscriptions.opml"))).isEqualTo(SourceFormat.OPML);
        assertThat(FormatDetector.detect(Fixtures.document("rss10-rdf.xml"))).isEqualTo(SourceFormat.XML_FEED);
        assertThat(FormatDetector.detect(Fixtures.document("atom10.xml"))).isEqualTo(SourceFormat.XML_FEED);
        assertThat(FormatDetector.detect(Fixtures.document("jsonfeed-10.json"))).isEqualTo(SourceFormat.JSON_FEED);
        assertThat(FormatDetector.detect(Fixtures.document("sitemap-index.xml"))).isEqualTo(SourceFormat.XML_SITEMAP);
        assertThat(FormatDetector.detect(Fixtures.document("urls.txt"))).isEqualTo(SourceFormat.TEXT);
    }
}
