/**
 * Reading source documents: RSS 0.9x/1.0/2.0 and Atom (Rome), JSON Feed 1.x (Jackson), sitemaps, sitemap
 * indexes and Google News sitemaps (crawler-commons), OPML and plain URL lists. Pure Java, no Spring, no
 * I/O: bytes in, entries out. Every reader is bounded (document size, entry count) and XML never expands
 * an entity or reads a DTD ({@link io.newsflow.sources.parse.XmlGuard}).
 */
package io.newsflow.sources.parse;
