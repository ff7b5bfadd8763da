package io.newsflow.sources.parse;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Sitemaps (XML {@code urlset}, text), sitemap indexes and Google News sitemaps through crawler-commons'
 * {@link SiteMapParser}, lenient about hosts (news sitemaps often list URLs on a sibling host; the fetcher
 * decides what may be fetched) and with DOCTYPEs disallowed. A news entry's title and publication date
 * come from its {@code news:news} element; otherwise the date is {@code lastmod}.
 */
final class SitemapReader {

    private SitemapReader() {
    }

    static SourceDocument read(byte[] body, boolean text, URI base, ParseLimits limits) {
        AbstractSiteMap map = parse(body, text, base);
        if (map instanceof SiteMapIndex index) {
            return indexDocument(index, limits);
        }
        Collection<SiteMapURL> urls = ((SiteMap) map).getSiteMapUrls();
        List<SourceEntry> entries = new ArrayList<>();
        for (SiteMapURL url : urls) {
            if (entries.size() == limits.maxEntries()) {
                break;
            }
            entries.add(entry(url));
        }
        return new SourceDocument(text ? SourceFormat.TEXT : SourceFormat.XML_SITEMAP, null, entries, List.of(),
                urls.size() > limits.maxEntries());
    }

    private static SourceDocument indexDocument(SiteMapIndex index, ParseLimits limits) {
        Collection<AbstractSiteMap> children = index.getSitemaps();
        List<URI> uris = new ArrayList<>();
        for (AbstractSiteMap child : children) {
            if (uris.size() == limits.maxEntries()) {
                break;
            }
            try {
                uris.add(child.getUrl().toURI());
            } catch (URISyntaxException e) {
                // crawler-commons accepted it as a URL; a child that is not a URI cannot be fetched either
            }
        }
        return new SourceDocument(SourceFormat.XML_SITEMAP, null, List.of(), uris, children.size() > limits.maxEntries());
    }

    private static AbstractSiteMap parse(byte[] body, boolean text, URI base) {
        SiteMapParser parser = new SiteMapParser(false);
        parser.setAllowDocTypeDefinitions(false);
        // All extensions, not only news: an unknown extension's <image:loc> would otherwise be read as a page URL.
        parser.enableExtensions();
        try {
            AbstractSiteMap map = parser.parseSiteMap(text ? "text/plain" : "application/xml", body, url(base));
            if (map == null) {
                throw new MalformedSourceException("not a readable sitemap");
            }
            return map;
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw e instanceof MalformedSourceException m ? m
                    : new MalformedSourceException("not a readable sitemap: " + e.getMessage(), e);
        }
    }

    private static SourceEntry entry(SiteMapURL url) {
        String title = null;
        Date published = url.getLastModified();
        ExtensionMetadata[] news = url.getAttributesForExtension(Extension.NEWS);
        if (news != null && news.length > 0 && news[0] instanceof NewsAttributes attributes) {
            title = attributes.getTitle();
            published = attributes.getPublicationDate() != null ? attributes.getPublicationDate() : published;
        }
        return new SourceEntry(url.getUrl().toString(), title, published == null ? null : Instant.ofEpochMilli(published.getTime()));
    }

    private static URL url(URI base) {
        try {
            return (base != null ? base : URI.create("http://localhost/sitemap.xml")).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new MalformedSourceException("the sitemap's own URL is not a URL: " + base, e);
        }
    }
}
