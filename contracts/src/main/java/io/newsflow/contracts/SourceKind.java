package io.newsflow.contracts;

/** What a subscribed source is: a syndication feed or a sitemap. */
public enum SourceKind {
    /** RSS 0.9x/1.0/2.0, Atom 1.0 or JSON Feed 1.x. */
    FEED,
    /** A sitemap, sitemap index or Google News sitemap. */
    SITEMAP
}
