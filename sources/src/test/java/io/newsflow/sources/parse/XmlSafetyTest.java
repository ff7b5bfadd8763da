package io.newsflow.sources.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** No document makes a parser read a file, call a URL or expand entities. */
class XmlSafetyTest {

    private final SourceDocumentParser parser = new SourceDocumentParser(ParseLimits.defaults());

    @Test
    void externalEntityInAFeedIsRefusedBeforeAnyParserSeesIt() {
        assertThatThrownBy(() -> parser.parse(Fixtures.document("xxe-external-entity.xml"),
                URI.create("https://evil.example.com/rss"), null))
                .isInstanceOf(MalformedSourceException.class).hasMessageContaining("internal subset");
    }

    @Test
    void billionLaughsInASitemapIsRefused() {
        assertThatThrownBy(() -> parser.parse(Fixtures.document("billion-laughs.xml"),
                URI.create("https://evil.example.com/sitemap.xml"), null))
                .isInstanceOf(MalformedSourceException.class).hasMessageContaining("internal subset");
    }

    @Test
    void parameterEntityInOpmlIsRefusedAndNothingIsFetched() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String opml = """
                    <?xml version="1.0"?>
                    <!DOCTYPE opml [ <!ENTITY %% remote SYSTEM "http://127.0.0.1:%d/evil.dtd"> %%remote; ]>
                    <opml version="2.0"><body><outline xmlUrl="https://f.example/x.xml"/></body></opml>
                    """.formatted(server.getAddress().getPort());

            assertThatThrownBy(() -> OpmlReader.read(opml.getBytes(StandardCharsets.UTF_8), ParseLimits.defaults()))
                    .isInstanceOf(MalformedSourceException.class);
            assertThatThrownBy(() -> OpmlReader.read(Fixtures.document("xxe-parameter-entity.opml"), ParseLimits.defaults()))
                    .isInstanceOf(MalformedSourceException.class);
            assertThat(hits).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void externalDtdOfAFeedIsNeverFetched() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String feed = """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss SYSTEM "http://127.0.0.1:%d/rss.dtd">
                    <rss version="2.0"><channel><title>t</title>
                    <item><link>https://f.example/1</link></item></channel></rss>
                    """.formatted(server.getAddress().getPort());

            SourceDocument document = parser.parse(feed.getBytes(StandardCharsets.UTF_8), URI.create("https://f.example/"), null);

            assertThat(document.entries()).extracting(SourceEntry::url).containsExactly("https://f.example/1");
            assertThat(hits).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPlainDoctypeIsBlankedKeepingEveryOtherByte() {
        byte[] body = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"x.dtd\">\n<rss/>".getBytes(StandardCharsets.UTF_8);

        byte[] safe = XmlGuard.sanitize(body);

        assertThat(safe).hasSameSizeAs(body);
        assertThat(new String(safe, StandardCharsets.UTF_8)).doesNotContain("DOCTYPE").endsWith("<rss/>");
    }

    @Test
    void aDoctypeMentionedInsideTheDocumentIsLeftAlone() {
        byte[] body = "<rss><channel><title>&lt;!DOCTYPE [ in a title</title></channel></rss>".getBytes(StandardCharsets.UTF_8);

        assertThat(XmlGuard.sanitize(body)).isSameAs(body);
    }
}
