package io.newsflow.sources.parse;

import java.time.Instant;

/**
 * One entry of a feed or sitemap.
 *
 * @param url       absolute URL of the entry (resolved against the document's URL)
 * @param title     its title when the document gives one, else null
 * @param published publication (or last modification) time when given, else null
 */
public record SourceEntry(String url, String title, Instant published) {
}
