package io.newsflow.sources.parse;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * RSS 0.90–0.94, 1.0 (RDF), 2.0 and Atom 0.3/1.0 through Rome. Rome runs with DOCTYPEs disallowed and
 * external entities off; {@link XmlGuard} has already removed a harmless DOCTYPE. Its XML healer stays on
 * so the HTML entities old RSS feeds use ({@code &nbsp;}) do not fail the whole feed.
 */
final class RomeFeedReader {

    private RomeFeedReader() {
    }

    static SourceDocument read(byte[] body, URI base, ParseLimits limits) {
        SyndFeed feed = parse(body);
        List<SourceEntry> entries = new ArrayList<>();
        List<SyndEntry> items = feed.getEntries();
        for (SyndEntry item : items) {
            if (entries.size() == limits.maxEntries()) {
                break;
            }
            String link = linkOf(item);
            entries.add(new SourceEntry(link == null ? null : EntryLinks.resolve(base, link), clean(item.getTitle()),
                    instant(item.getPublishedDate() != null ? item.getPublishedDate() : item.getUpdatedDate())));
        }
        return new SourceDocument(SourceFormat.XML_FEED, clean(feed.getTitle()), entries, List.of(),
                items.size() > limits.maxEntries());
    }

    private static SyndFeed parse(byte[] body) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        try {
            return input.build(new XmlReader(new ByteArrayInputStream(body), true));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new MalformedSourceException("not a readable RSS/Atom feed: " + e.getMessage(), e);
        }
    }

    /** The entry's link; an RSS item without one may still have a permalink guid (Rome exposes it as uri). */
    private static String linkOf(SyndEntry item) {
        if (item.getLink() != null && !item.getLink().isBlank()) {
            return item.getLink().strip();
        }
        String uri = item.getUri();
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri.strip() : null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
