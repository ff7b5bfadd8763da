package io.newsflow.sources.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contracts.SourceKind;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParsingTest {

    private final SourceDocumentParser parser = new SourceDocumentParser(ParseLimits.defaults());

    private SourceDocument parse(String fixture, String base) {
        return parser.parse(Fixtures.document(fixture), URI.create(base), null);
    }

    @Test
    void rss091WithNetscapeDoctypeAndHtmlEntityIsRead() {
        SourceDocument feed = parse("rss091-netscape.xml", "http://writetheweb.com/rss.xml");

        assertThat(feed.format()).isEqualTo(SourceFormat.XML_FEED);
        assertThat(feed.title()).isEqualTo("WriteTheWeb");
        assertThat(feed.entries()).extracting(SourceEntry::url).containsExactly(
                "http://writetheweb.com/read.php?item=24", "http://writetheweb.com/read.php?item=23",
                "http://writetheweb.com/read.php?item=22", "http://writetheweb.com/read.php?item=21");
        assertThat(feed.entries().get(0).title()).isEqualTo("Giving the world a pluggable Gnutella");
    }

    @Test
    void rss092ItemsWithoutTitlesKeepTheirLinks() {
        SourceDocument feed = parse("rss092.xml", "http://www.scripting.com/rss.xml");

        assertThat(feed.entries()).hasSize(3);
        assertThat(feed.entries().get(0).url()).isEqualTo("http://www.scripting.com/blog/2001/04/13/weatherReportSuite.html");
        assertThat(feed.entries().get(0).title()).isNull();
    }

    @Test
    void rss20TakesLinkThenPermalinkGuidAndResolvesRelativeLinks() {
        SourceDocument feed = parse("rss20-news.xml", "https://feeds.example.org/news/world/rss.xml");

        assertThat(feed.title()).isEqualTo("World News - Example Broadcasting");
        assertThat(feed.entries()).extracting(SourceEntry::url).containsExactly(
                "https://news.example.org/world/2024/03/12/ceasefire-talks-resume?at_medium=RSS&at_campaign=rss",
                "https://news.example.org/science/2024/03/12/glacier-retreat",
                "https://news.example.org/politics/2024/03/11/final-turnout",
                "https://feeds.example.org/business/live/2024/03/11/markets");
        assertThat(feed.entries().get(0).published()).isEqualTo(Instant.parse("2024-03-12T09:58:11Z"));
    }

    @Test
    void rss10RdfIsRead() {
        SourceDocument feed = parse("rss10-rdf.xml", "https://www.example.net/science/rss10.xml");

        assertThat(feed.title()).isEqualTo("Example Science Daily");
        assertThat(feed.entries()).extracting(SourceEntry::url).containsExactly(
                "https://www.example.net/science/2024/03/12/bee-navigation",
                "https://www.example.net/science/2024/03/11/deep-sea-vents");
        assertThat(feed.entries().get(0).published()).isEqualTo(Instant.parse("2024-03-12T06:45:00Z"));
    }

    @Test
    void atomTakesTheAlternateLinkAndItsDates() {
        SourceDocument feed = parse("atom10.xml", "https://blog.example.com/feed.atom");

        assertThat(feed.title()).isEqualTo("Example Engineering Blog");
        assertThat(feed.entries()).extracting(SourceEntry::url).containsExactly(
                "https://blog.example.com/2024/03/10/zero-downtime-migration/",
                "https://blog.example.com/2024/02/28/off-cron/",
                "https://blog.example.com/2024/02/01/relative/");
        assertThat(feed.entries().get(0).published()).isEqualTo(Instant.parse("2024-03-10T12:00:00Z"));
        assertThat(feed.entries().get(1).published()).isEqualTo(Instant.parse("2024-02-28T08:15:00Z"));
    }

    @Test
    void jsonFeed11PrefersUrlThenExternalUrlAndKeepsEntriesWithoutUrl() {
        SourceDocument feed = parse("jsonfeed-11.json", "https://micro.example.com/feed.json");

        assertThat(feed.format()).isEqualTo(SourceFormat.JSON_FEED);
        assertThat(feed.title()).isEqualTo("Example Microblog");
        assertThat(feed.entries()).extracting(SourceEntry::url).containsExactly(
                "https://micro.example.com/2024/03/12/coffee-notes",
                "https://micro.example.com/2024/03/11/link-post",
                "https://other.example.net/story",
                null);
        assertThat(feed.entries().get(0).published()).isEqualTo(Instant.parse("2024-03-12T13:12:00Z"));
        assertThat(feed.entries().get(2).published()).isEqualTo(Instant.parse("2024-03-10T10:00:00Z"));
    }

    @Test
    void jsonFeed10IsRead() {
        SourceDocument feed = parse("jsonfeed-10.json", "https://example.org/feed.json");

        assertThat(feed.entries()).extracting(SourceEntry::url)
                .containsExactly("https://example.org/second-item", "https://example.org/initial-post");
    }

    @Test
    void jsonThatIsNotAJsonFeedIsRefusedWithTheReason() {
        byte[] body = "{\"version\":\"2.0\",\"items\":[]}".getBytes();

        assertThatThrownBy(() -> parser.parse(body, URI.create("https://x.example/f.json"), null))
                .isInstanceOf(MalformedSourceException.class).hasMessageContaining("not a JSON Feed 1.x");
    }

    @Test
    void aTruncatedFeedIsMalformedNotEmpty() {
        assertThatThrownBy(() -> parse("malformed-feed.xml", "https://truncated.example.com/rss"))
                .isInstanceOf(MalformedSourceException.class).hasMessageContaining("RSS/Atom");
    }

    @Test
    void entriesBeyondTheLimitAreLeftOutAndTheDocumentSaysSo() {
        SourceDocumentParser small = new SourceDocumentParser(new ParseLimits(1_000_000, 2));

        SourceDocument feed = small.parse(Fixtures.document("rss091-netscape.xml"), URI.create("http://w.example/"), null);

        assertThat(feed.entries()).hasSize(2);
        assertThat(feed.truncated()).isTrue();
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefused() {
        SourceDocumentParser small = new SourceDocumentParser(new ParseLimits(100, 10));

        assertThatThrownBy(() -> small.parse(Fixtures.document("atom10.xml"), URI.create("https://b.example/"), null))
                .isInstanceOf(MalformedSourceException.class).hasMessageContaining("exceeds the limit");
    }

    @Test
    void aFeedSubscribedAsSitemapIsRefused() {
        assertThatThrownBy(() -> parser.parse(Fixtures.document("atom10.xml"), URI.create("https://b.example/"),
                SourceKind.SITEMAP)).isInstanceOf(MalformedSourceException.class)
                .hasMessageContaining("expected a sitemap but the document is a feed");
    }

    @Test
    void anHtmlPageIsNotASource() {
        byte[] html = "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>".getBytes();

        assertThatThrownBy(() -> parser.parse(html, URI.create("https://b.example/"), null))
                .isInstanceOf(MalformedSourceException.class).hasMessageContaining("root element <html>");
    }
}
