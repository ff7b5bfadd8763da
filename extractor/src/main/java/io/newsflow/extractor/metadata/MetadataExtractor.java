package io.newsflow.extractor.metadata;

import io.newsflow.extractor.metadata.Metadata.Field;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Collects a page's metadata from its sources in order of trust: JSON-LD, OpenGraph/Twitter/Dublin Core
 * meta tags, microdata, visible bylines and {@code <time>} elements, then the URL. Stateless, thread-safe.
 */
public final class MetadataExtractor {

    /** Parsed once: jsoup parses a query string again on every call. */
    private static final Evaluator HTML = QueryParser.parse("html");

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final MetaTagReader metaTags = new MetaTagReader();
    private final PageSignals signals = new PageSignals();
    private final TitleCleaner titles = new TitleCleaner();

    /** Reads everything but the body-derived fields; call on the unmodified document. */
    public Metadata extract(Document doc, String url) {
        Metadata meta = new Metadata();
        PageIndex index = PageIndex.of(doc);
        safely(() -> jsonLd.read(index, meta));
        safely(() -> metaTags.read(index, meta));
        safely(() -> signals.readMicrodata(index, meta));
        String structured = meta.get(Field.AUTHOR);
        String structuredSource = meta.sourceOf(Field.AUTHOR);
        boolean weak = structured != null && Bylines.isWeakAuthor(structured, meta.get(Field.SITE_NAME));
        if (weak) {
            meta.remove(Field.AUTHOR);
        }
        String weakest = weak ? structured : null;
        String weakestSource = structuredSource;
        Runnable[] visible = {
            () -> signals.readByline(index, meta),
            () -> signals.readWrittenByline(index, meta),
            () -> signals.readAuthorLink(index, meta),
            () -> signals.readLabelledAuthor(index, meta),
            () -> signals.readSignature(index, meta),
            () -> signals.readEditorCredit(index, meta),
            () -> signals.readDatedByline(index, meta),
        };
        for (Runnable reader : visible) {
            boolean had = meta.has(Field.AUTHOR);
            safely(reader);
            if (!had && meta.has(Field.AUTHOR) && Bylines.isWeakAuthor(meta.get(Field.AUTHOR), meta.get(Field.SITE_NAME))) {
                // A byline box saying only "human" or "Henry" (an account name, a first name) yields to a later
                // visible source that writes the full name ("Blog Beitrag von Margarita Koreneva"), as structured data does.
                if (weakest == null) {
                    weakest = meta.get(Field.AUTHOR);
                    weakestSource = meta.sourceOf(Field.AUTHOR);
                }
                meta.remove(Field.AUTHOR);
            }
        }
        if (!meta.has(Field.AUTHOR)) {
            String title = index.titleElement != null ? index.titleElement.text() : doc.title();
            String owner = BlogOwner.personFromTitle(title);
            meta.offer(Field.AUTHOR, owner != null ? owner : BlogOwner.fromTitle(meta.get(Field.SITE_NAME)), "title");
        }
        if (weakest == null) {   // last resorts, in order, while nothing names an author
            String site = meta.get(Field.SITE_NAME);
            offerAuthorUntilFound(meta, MetaTagReader.META, List.of(meta::creatorAccount));
            offerAuthorUntilFound(meta, "html", List.of(() -> signals.copyrightHolder(index, site),
                    () -> signals.pressContact(index, site), () -> signals.contactPerson(index, site)));
        }
        if (weakest != null && !(meta.has(Field.AUTHOR) && meta.get(Field.AUTHOR).contains(" "))) {
            // Nothing named a full name: the first weak value (structured data first, then the byline) stays.
            meta.override(Field.AUTHOR, weakest, weakestSource);
        }
        safely(() -> signals.readTimes(index, meta));
        meta.offer(Field.DATE, DateParser.fromUrl(url != null && !url.isBlank() ? url : meta.get(Field.CANONICAL_URL)), "url");
        normalizeDates(meta);
        readLanguage(doc, meta);
        readTitle(doc, index, url, meta);
        resolveUrls(meta, url);
        return meta;
    }

    /** A reader that trips over odd markup loses its fields, not the whole extraction. */
    private static void safely(Runnable reader) {
        try {
            reader.run();
        } catch (RuntimeException e) {
            // The remaining sources still run; the field stays empty or comes from a lower source.
        }
    }

    private static void normalizeDates(Metadata meta) {
        for (Field f : new Field[] {Field.DATE, Field.DATE_MODIFIED}) {
            if (meta.has(f)) {
                String iso = DateParser.localMidnight(DateParser.parse(meta.get(f)));
                if (iso != null) {
                    meta.replace(f, iso);
                }
            }
        }
    }

    private static void readLanguage(Document doc, Metadata meta) {
        Element html = doc.selectFirst(HTML);
        String fromMarkup = html == null ? null : LanguageGuesser.normalizeTag(html.attr("lang"));
        if (fromMarkup == null && html != null) {
            fromMarkup = LanguageGuesser.normalizeTag(html.attr("xml:lang"));
        }
        String existing = meta.get(Field.LANGUAGE);
        if (fromMarkup != null && existing == null) {
            meta.offer(Field.LANGUAGE, fromMarkup, "html");
        } else if (existing != null) {
            meta.replace(Field.LANGUAGE, LanguageGuesser.normalizeTag(existing));
        }
    }

    private void readTitle(Document doc, PageIndex index, String url, Metadata meta) {
        meta.offer(Field.TITLE, doc.title(), "title");
        if (index.titleElement != null) {
            // jsoup's title() reads <head> only; a PHP warning printed before <html> pushes <title> into the body
            meta.offer(Field.TITLE, index.titleElement.text(), "title");
        }
        for (Element h : index.headings) {
            if (h.normalName().equals("h1") && meta.offer(Field.TITLE, h.text(), "heading")) {
                break;
            }
        }
        if (meta.has(Field.TITLE)) {
            boolean titleElement = "title".equals(meta.sourceOf(Field.TITLE));
            meta.replace(Field.TITLE, titles.clean(meta.get(Field.TITLE), meta.get(Field.SITE_NAME), host(url),
                    index.headings, titleElement));
            String headline = titles.visibleHeadline(meta.get(Field.TITLE), meta.get(Field.SITE_NAME), host(url),
                    index.headings, titleElement);
            if (headline != null) {
                meta.override(Field.TITLE, headline, "heading");
            }
        }
    }

    /** og:url / og:image are sometimes relative; they are resolved against the page URL (or the canonical). */
    private static void resolveUrls(Metadata meta, String url) {
        String base = url != null && !url.isBlank() ? url : meta.get(Field.CANONICAL_URL);
        for (Field f : new Field[] {Field.CANONICAL_URL, Field.IMAGE}) {
            String value = meta.get(f);
            if (base != null && value != null && !value.startsWith("http://") && !value.startsWith("https://")) {
                try {
                    meta.replace(f, URI.create(base.strip()).resolve(value.strip().replace(" ", "%20")).toString());
                } catch (IllegalArgumentException e) {
                    // Unresolvable: the value stays as the page wrote it.
                }
            }
        }
    }

    private static String host(String url) {
        try {
            return url == null ? null : URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Asks each reader in turn, while the author is still unknown; a reader runs only when it is asked. */
    private static void offerAuthorUntilFound(Metadata meta, String source, List<Supplier<String>> readers) {
        for (Supplier<String> reader : readers) {
            if (meta.has(Field.AUTHOR)) {
                return;
            }
            meta.offer(Field.AUTHOR, reader.get(), source);
        }
    }
}
