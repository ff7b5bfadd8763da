package io.newsflow.extractor.metadata;

import io.newsflow.extractor.metadata.Metadata.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Reads OpenGraph, Twitter card, Dublin Core and plain {@code <meta>} tags, plus link rel=canonical. */
final class MetaTagReader {

    /** A Twitter handle after the name in a data field ("Jane Doe @jane"), compiled once. */
    private static final Pattern TRAILING_HANDLE = Pattern.compile("\\s+@\\w+$");

    static final String OPENGRAPH = "opengraph";
    static final String META = "meta";

    /** An account or a person's name; longer text in twitter:creator is a description. */
    private static final int MAX_ACCOUNT_CHARS = 40;
    private static final java.util.regex.Pattern WRITTEN_BY_LABEL = java.util.regex.Pattern.compile(
            "(?i)written by|geschrieben von|verfasst von|écrit par|escrito por|autor|author");
    private static final List<String> TITLE = List.of("dc:title", "dcterm:title", "dcterms:title", "og:title", "twitter:title", "dc.title", "dcterms.title",
            "title", "headline", "sailthru.title", "parsely-title");
    private static final List<String> AUTHOR = List.of("dc:creator", "dcterm:creator", "dcterms:creator", "author", "article:author", "dc.creator", "dcterms.creator",
            "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:creator:name", "dc.contributor");
    private static final List<String> DATE = List.of("article:published_time", "og:article:published_time",
            "article:published", "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
            "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
            "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date", "date",
            "og:published_time", "published_time", "release_date", "article.published", "originalpublicationdate",
            "publication_date", "dc:date", "dc:created", "dcterms:created", "dcterms:issued", "schema:datecreated",
            "schema:datepublished");
    /**
     * Date keys that do not say which date they are: CMSs (TYPO3, Government Site Builder) fill them with the day the
     * page was last changed, so a visible publication date before it wins (PageSignals.readTimes).
     */
    private static final java.util.Set<String> GENERIC_DATE = java.util.Set.of("date", "dc.date", "dcterms.date", "dc:date");
    private static final List<String> MODIFIED = List.of("article:modified_time", "og:updated_time",
            "datemodified", "dcterms.modified", "last-modified", "lastmod", "revision_date");
    private static final List<String> SITE = List.of("og:site_name", "application-name", "dc.publisher",
            "twitter:app:name:iphone");
    private static final List<String> DESCRIPTION = List.of("dc:description", "dcterms:description", "og:description", "description", "twitter:description",
            "dc.description", "dcterms.description");
    private static final List<String> IMAGE = List.of("og:image", "og:image:url", "og:image:secure_url",
            "twitter:image", "twitter:image:src", "thumbnail");
    private static final List<String> LANGUAGE = List.of("content-language", "dc.language", "language", "og:locale");
    private static final List<String> SECTION = List.of("article:section", "section", "parsely-section",
            "category");
    private static final List<String> TAGS = List.of("article:tag", "news_keywords", "keywords", "parsely-tags");

    void read(PageIndex index, Metadata meta) {
        Map<String, List<String>> tags = collect(index);
        offer(meta, Field.TITLE, tags, TITLE);
        offer(meta, Field.SITE_NAME, tags, SITE);
        offerAuthor(meta, tags);
        offerLabelledAuthor(meta, tags);
        List<String> creator = tags.get("twitter:creator");
        String account = creator == null ? "" : Text.normalizeSpace(creator.get(0));
        if (!account.isEmpty() && account.length() <= MAX_ACCOUNT_CHARS && !account.startsWith("@") && !account.contains("/")
                && !Bylines.isSite(account, meta.get(Field.SITE_NAME))) {
            // "@NatGeoUK" is a Twitter handle, often the site's; a plain "delta201" is how the page names its writer
            meta.offerCreatorAccount(account);
        }
        String dateKey = offer(meta, Field.DATE, tags, DATE);
        if (dateKey != null && GENERIC_DATE.contains(dateKey)) {
            meta.markDateFromGenericMeta();
        }
        offer(meta, Field.DATE_MODIFIED, tags, MODIFIED);
        offer(meta, Field.SITE_NAME, tags, SITE);
        offer(meta, Field.DESCRIPTION, tags, DESCRIPTION);
        offer(meta, Field.IMAGE, tags, IMAGE);
        offer(meta, Field.LANGUAGE, tags, LANGUAGE);
        for (String key : SECTION) {
            meta.offerCategories(tags.getOrDefault(key, List.of()), sourceOf(key));
        }
        for (String key : TAGS) {
            List<String> values = new ArrayList<>();
            tags.getOrDefault(key, List.of()).forEach(v -> values.addAll(Metadata.splitList(v)));
            meta.offerTags(values, sourceOf(key));
        }
        Element canonical = index.canonical;
        if (canonical != null) {
            meta.offer(Field.CANONICAL_URL, canonical.absUrl("href").isEmpty() ? canonical.attr("href")
                    : canonical.absUrl("href"), "link");
        }
        offer(meta, Field.CANONICAL_URL, tags, List.of("og:url"));
    }

    /** Slack/Yoast "twitter:label1 = Written by", "twitter:data1 = name": the page's own byline. */
    private static void offerLabelledAuthor(Metadata meta, Map<String, List<String>> tags) {
        for (int i = 1; i <= 2; i++) {
            List<String> label = tags.get("twitter:label" + i);
            List<String> data = tags.get("twitter:data" + i);
            if (label != null && data != null && WRITTEN_BY_LABEL.matcher(label.get(0)).find()) {
                String name = TRAILING_HANDLE.matcher(data.get(0)).replaceAll("");
                meta.offer(Field.AUTHOR, Bylines.asWritten(name, meta.get(Field.SITE_NAME)), META);
            }
        }
    }

    private static void offerAuthor(Metadata meta, Map<String, List<String>> tags) {
        for (String key : AUTHOR) {
            List<String> values = tags.getOrDefault(key, List.of());
            List<String> names = new ArrayList<>();
            for (String v : values) {
                String n = Bylines.asWritten(v, meta.get(Field.SITE_NAME));
                if (n != null && !names.contains(n)) {
                    names.add(n);
                }
            }
            if (!names.isEmpty() && meta.offer(Field.AUTHOR, String.join("; ", names), sourceOf(key))) {
                return;
            }
        }
    }

    /** Offers the first of the keys present; returns the key whose value was taken, or null. */
    private static String offer(Metadata meta, Field field, Map<String, List<String>> tags, List<String> keys) {
        for (String key : keys) {
            List<String> values = tags.get(key);
            if (values != null && meta.offer(field, values.get(0), sourceOf(key))) {
                return key;
            }
        }
        return null;
    }

    private static String sourceOf(String key) {
        return key.startsWith("og:") || key.startsWith("article:") ? OPENGRAPH : META;
    }

    /** All meta values keyed by lower-cased property / name / itemprop / http-equiv, in page order. */
    private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private static Map<String, List<String>> collect(PageIndex index) {
        Map<String, List<String>> out = new HashMap<>();
        for (Element m : index.metas) {
            String content = m.hasAttr("content") ? m.attr("content") : m.attr("value");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : KEY_ATTRIBUTES) {
                String keys = m.attr(attr);
                if (keys.isEmpty()) {
                    continue;
                }
                // String.split("\\s+") compiles its regex on every call: four times per meta tag
                for (String key : WHITESPACE.split(keys.toLowerCase(Locale.ROOT))) {
                    if (!key.isEmpty()) {
                        out.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
        return out;
    }
}
