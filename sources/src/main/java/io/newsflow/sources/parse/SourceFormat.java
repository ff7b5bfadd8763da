package io.newsflow.sources.parse;

import io.newsflow.contracts.SourceKind;

/** The concrete format of a document, as detected from its bytes. */
public enum SourceFormat {
    /** RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom. */
    XML_FEED(SourceKind.FEED),
    /** JSON Feed 1.0 or 1.1. */
    JSON_FEED(SourceKind.FEED),
    /** An XML sitemap ({@code urlset}, Google News included) or sitemap index ({@code sitemapindex}). */
    XML_SITEMAP(SourceKind.SITEMAP),
    /** Plain text, one URL per line: a text sitemap when subscribed, an upload list when uploaded. */
    TEXT(SourceKind.SITEMAP),
    /** An OPML outline (subscription lists). */
    OPML(null);

    private final SourceKind kind;

    SourceFormat(SourceKind kind) {
        this.kind = kind;
    }

    /** The subscription kind this format can be polled as; null for OPML, which is not pollable. */
    public SourceKind kind() {
        return kind;
    }
}
