package io.newsflow.sources.parse;

import java.net.URI;
import java.util.List;

/**
 * A parsed feed or sitemap.
 *
 * @param format        what the document was
 * @param title         the feed's title, null for sitemaps or when absent
 * @param entries       the entries in document order (at most the entry limit)
 * @param childSitemaps for a sitemap index, the sitemaps it lists (at most the entry limit); else empty
 * @param truncated     true when the document had more entries than the limit
 */
public record SourceDocument(SourceFormat format, String title, List<SourceEntry> entries, List<URI> childSitemaps,
                             boolean truncated) {

    public SourceDocument {
        entries = List.copyOf(entries);
        childSitemaps = List.copyOf(childSitemaps);
    }

    public boolean isSitemapIndex() {
        return !childSitemaps.isEmpty();
    }
}
