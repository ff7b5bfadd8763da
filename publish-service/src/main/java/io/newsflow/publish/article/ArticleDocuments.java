package io.newsflow.publish.article;

import io.newsflow.contracts.ArticleContent;
import io.newsflow.contracts.ArticleEnriched;
import io.newsflow.contracts.Enrichment;
import io.newsflow.contracts.Link;
import io.newsflow.contracts.RelatedArticle;
import io.newsflow.contracts.SubmissionState;
import io.newsflow.contracts.Tag;
import io.newsflow.contracts.TagType;
import io.newsflow.messaging.MalformedEventException;
import io.newsflow.publish.article.ArticleViews.ArticleSummary;
import io.newsflow.publish.article.ArticleViews.ArticleView;
import io.newsflow.publish.article.ArticleViews.LinkView;
import io.newsflow.publish.article.ArticleViews.RelatedView;
import io.newsflow.publish.article.ArticleViews.RevisionView;
import io.newsflow.publish.article.ArticleViews.TagView;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;

/**
 * Maps an enriched article to its stored document (shaped for reading: content, enrichment, revision,
 * provenance) and stored documents to the API's views. Null values are left out of the document, so a
 * field that disappears in a newer revision disappears from the store too (documents are replaced whole).
 */
final class ArticleDocuments {

    static final String ID = "_id";
    static final String TAG_KEYS = "tagKeys";
    static final String REVISION = "revision";
    static final String REVISION_FETCHED_AT = "revision.fetchedAt";
    static final String FIRST_SEEN = "firstSeen";
    static final String UPDATED_AT = "updatedAt";
    static final String SUBMISSION_ID = "submissionId";
    static final String OUTCOME = "outcome";
    static final String SOURCE = "source";
    static final String ENTITY_KEYS = "entityKeys";
    static final String TOPIC_KEYS = "topicKeys";
    static final String SITE_KEYS = "siteKeys";
    static final String LANGUAGE_KEY = "languageKey";
    static final String SEARCH_TERMS = "searchTerms";
    static final String TITLE_TERMS = "titleTerms";
    static final String TAG_TERMS = "tagTerms";
    static final String RELATED = "related";
    /** Bumped by every related-list update: the condition of the next one (optimistic concurrency). */
    static final String RELATED_VERSION = "relatedVersion";
    static final String REVISION_EXTRACTED_AT = "revision.extractedAt";
    /** The editor's own provenance values, besides {@code feed:<sourceId>}. */
    static final String EDITOR_SOURCE = "editor";
    /** Fields a listing does not need: left out of the query's projection. */
    static final List<String> HEAVY_FIELDS = List.of("body", RELATED, "articleLinks", TAG_KEYS, ENTITY_KEYS,
            TOPIC_KEYS, SITE_KEYS, SEARCH_TERMS, TITLE_TERMS, TAG_TERMS);

    private ArticleDocuments() {
    }

    /** Refuses an event that cannot be stored at all: no retry can fix it, so it is dead-lettered at once. */
    static void requireStorable(ArticleEnriched article) {
        if (article.articleId() == null || article.articleId().isBlank()) {
            throw new MalformedEventException("enriched article without articleId");
        }
        if (article.revision() == null || article.revision().fetchedAt() == null) {
            throw new MalformedEventException("enriched article " + article.articleId() + " without revision.fetchedAt");
        }
        if (article.content() == null) {
            throw new MalformedEventException("enriched article " + article.articleId() + " without content");
        }
    }

    /** The stored form of a revision time: MongoDB dates hold milliseconds, so compare at that precision. */
    static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    static Document toDocument(ArticleEnriched article, Instant firstSeen, Instant updatedAt, SubmissionState outcome) {
        ArticleContent content = article.content();
        Enrichment enrichment = article.enrichment() != null ? article.enrichment()
                : new Enrichment(null, List.of(), List.of(), List.of());
        List<Tag> tags = nonNull(enrichment.tags());
        Document document = new Document(ID, article.articleId());
        put(document, "url", article.url());
        put(document, "canonicalUrl", article.canonicalUrl());
        put(document, "title", content.title());
        put(document, "body", content.body());
        put(document, "author", content.author());
        put(document, "publishedAt", content.publishedAt());
        put(document, "modifiedAt", content.modifiedAt());
        put(document, "language", enrichment.language() != null ? enrichment.language() : content.language());
        put(document, "siteName", content.siteName());
        put(document, "description", content.description());
        put(document, "image", content.image());
        document.put("categories", nonNull(content.categories()));
        document.put("pageTags", nonNull(content.tags()));
        document.put("tags", tags.stream().map(ArticleDocuments::tagDocument).toList());
        document.put(TAG_KEYS, tags.stream().map(tag -> tagKey(tag.name())).filter(Objects::nonNull).distinct().toList());
        document.put(ENTITY_KEYS, entityKeys(tags));
        document.put(TOPIC_KEYS, topicKeys(tags));
        document.put(SITE_KEYS, siteKeys(article, content));
        put(document, LANGUAGE_KEY, languageKey(enrichment.language() != null ? enrichment.language() : content.language()));
        put(document, SOURCE, source(article));
        putSearchTerms(document, content, tags);
        document.put(RELATED, RelatedLists.merge(nonNull(enrichment.related()).stream()
                .map(ArticleDocuments::relatedDocument).toList(), List.of(), article.articleId(), Integer.MAX_VALUE));
        document.put("articleLinks", nonNull(enrichment.articleLinks()).stream().map(ArticleDocuments::linkDocument).toList());
        Document revision = new Document("contentHash", article.revision().contentHash())
                .append("fetchedAt", Date.from(article.revision().fetchedAt()));
        if (article.revision().extractedAt() != null) {
            revision.append("extractedAt", Date.from(article.revision().extractedAt()));
        }
        document.put(REVISION, revision);
        put(document, SUBMISSION_ID, article.submissionId());
        document.put(OUTCOME, outcome.name());
        document.put(FIRST_SEEN, Date.from(firstSeen));
        document.put(UPDATED_AT, Date.from(updatedAt));
        return document;
    }

    /** The normalised form under which a tag name is matched: trimmed, lower case (locale-independent). */
    static String tagKey(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static StoredRevision storedRevision(Document document) {
        Document revision = document.get(REVISION, Document.class);
        String outcome = document.getString(OUTCOME);
        return new StoredRevision(revision.getString("contentHash"), revision.getDate("fetchedAt").toInstant(),
                instant(revision, "extractedAt"), document.getString(SUBMISSION_ID),
                outcome != null ? SubmissionState.valueOf(outcome) : SubmissionState.PUBLISHED,
                instant(document, FIRST_SEEN), instant(document, UPDATED_AT),
                document.get(RELATED_VERSION) instanceof Number n ? n.longValue() : null, documents(document, RELATED));
    }

    /** Who asked for the article: the event's provenance, else "editor" for a submission, else unknown. */
    static String source(ArticleEnriched article) {
        if (article.source() != null && !article.source().isBlank()) {
            return article.source();
        }
        return article.submissionId() != null ? EDITOR_SOURCE : null;
    }

    /** Names (lower case) and Wikidata ids of the named entities: people, organisations, places, events, works. */
    private static List<String> entityKeys(List<Tag> tags) {
        Set<String> keys = new LinkedHashSet<>();
        for (Tag tag : tags) {
            if (tag.type() != null && tag.type() != TagType.KEYWORD && tag.type() != TagType.TOPIC) {
                addIfNotNull(keys, tagKey(tag.name()));
                addIfNotNull(keys, tag.wikidataId() == null ? null : tag.wikidataId().strip().toUpperCase(Locale.ROOT));
            }
        }
        return List.copyOf(keys);
    }

    /** Names and IPTC codes (lower case) of the topics. */
    private static List<String> topicKeys(List<Tag> tags) {
        Set<String> keys = new LinkedHashSet<>();
        for (Tag tag : tags) {
            if (tag.type() == TagType.TOPIC) {
                addIfNotNull(keys, tagKey(tag.name()));
                addIfNotNull(keys, tagKey(tag.code()));
            }
        }
        return List.copyOf(keys);
    }

    /** The host of the article's URL without {@code www.}, and its site name, both lower case. */
    private static List<String> siteKeys(ArticleEnriched article, ArticleContent content) {
        Set<String> keys = new LinkedHashSet<>();
        String url = article.canonicalUrl() != null ? article.canonicalUrl() : article.url();
        try {
            if (url != null && URI.create(url).getHost() != null) {
                keys.add(siteKey(URI.create(url).getHost()));
            }
        } catch (IllegalArgumentException e) {
            // An unparsable URL only loses its host key.
        }
        addIfNotNull(keys, tagKey(content.siteName()));
        return List.copyOf(keys);
    }

    /** A site as matched: lower case, without a leading {@code www.} or a trailing dot. */
    static String siteKey(String site) {
        String key = site.strip().toLowerCase(Locale.ROOT);
        key = key.startsWith("www.") ? key.substring(4) : key;
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }

    /** The primary subtag of a BCP 47 tag, lower case ("pt-BR" → "pt"). */
    static String languageKey(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String primary = language.strip().split("[-_]", 2)[0];
        return primary.toLowerCase(Locale.ROOT);
    }

    /** Title terms and tag terms weigh in the search score; the body adds its first distinct terms. */
    private static void putSearchTerms(Document document, ArticleContent content, List<Tag> tags) {
        Set<String> title = SearchTerms.collect(content.title(), new LinkedHashSet<>(), Integer.MAX_VALUE);
        Set<String> tagTerms = new LinkedHashSet<>();
        tags.forEach(tag -> SearchTerms.collect(tag.name(), tagTerms, Integer.MAX_VALUE));
        Set<String> all = new LinkedHashSet<>(title);
        all.addAll(tagTerms);
        SearchTerms.collect(content.description(), all, SearchTerms.MAX_BODY_TERMS);
        SearchTerms.collect(content.body(), all, SearchTerms.MAX_BODY_TERMS);
        document.put(TITLE_TERMS, List.copyOf(title));
        document.put(TAG_TERMS, List.copyOf(tagTerms));
        document.put(SEARCH_TERMS, List.copyOf(all));
    }

    private static void addIfNotNull(Set<String> keys, String key) {
        if (key != null && !key.isBlank()) {
            keys.add(key);
        }
    }

    static ArticleView toView(Document d) {
        Document revision = d.get(REVISION, Document.class);
        return new ArticleView(d.getString(ID), d.getString("url"), d.getString("canonicalUrl"), d.getString("title"),
                d.getString("body"), d.getString("author"), d.getString("publishedAt"), d.getString("modifiedAt"),
                d.getString("language"), d.getString("siteName"), d.getString("description"), d.getString("image"),
                strings(d, "categories"), strings(d, "pageTags"), tags(d),
                documents(d, "related").stream().map(r -> new RelatedView(r.getString("id"), r.getString("url"),
                        r.getString("title"), number(r, "score"))).toList(),
                documents(d, "articleLinks").stream().map(l -> new LinkView(l.getString("url"), l.getString("text")))
                        .toList(),
                revision == null ? null : new RevisionView(revision.getString("contentHash"),
                        instant(revision, "fetchedAt"), instant(revision, "extractedAt")),
                d.getString(SUBMISSION_ID), d.getString(SOURCE), instant(d, FIRST_SEEN), instant(d, UPDATED_AT));
    }

    /** A listing entry: the article without its body, with its {@code maxTags} best-scored tags. */
    static ArticleSummary toSummary(Document d, int maxTags) {
        List<TagView> best = tags(d).stream().sorted(Comparator.comparingDouble(TagView::score).reversed())
                .limit(maxTags).toList();
        return new ArticleSummary(d.getString(ID), d.getString("url"), d.getString("title"), d.getString("description"),
                d.getString("author"), d.getString("siteName"), d.getString("language"), d.getString("publishedAt"),
                d.getString("image"), best, d.getString(SOURCE),
                d.get("score") instanceof Number n ? n.intValue() : null, instant(d, FIRST_SEEN), instant(d, UPDATED_AT));
    }

    private static List<TagView> tags(Document d) {
        return documents(d, "tags").stream().map(t -> new TagView(t.getString("name"), t.getString("type"),
                number(t, "score"), t.get("mentions") instanceof Number n ? n.intValue() : 0, t.getString("wikidataId"),
                t.getString("code"))).toList();
    }

    private static Document tagDocument(Tag tag) {
        Document document = new Document("name", tag.name())
                .append("type", tag.type() == null ? null : tag.type().name())
                .append("score", tag.score())
                .append("mentions", tag.mentions());
        put(document, "wikidataId", tag.wikidataId());
        put(document, "code", tag.code());
        return document;
    }

    static Document relatedDocument(RelatedArticle related) {
        return new Document("id", related.id()).append("url", related.url()).append("title", related.title())
                .append("score", related.score());
    }

    private static Document linkDocument(Link link) {
        Document document = new Document("url", link.url());
        put(document, "text", link.text());
        return document;
    }

    private static void put(Document document, String field, Object value) {
        if (value != null) {
            document.put(field, value);
        }
    }

    private static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    static List<Document> documents(Document d, String field) {
        List<Document> values = new ArrayList<>();
        if (d.get(field) instanceof List<?> list) {
            list.stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(values::add);
        }
        return values;
    }

    private static List<String> strings(Document d, String field) {
        return d.get(field) instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
    }

    private static double number(Document d, String field) {
        return d.get(field) instanceof Number n ? n.doubleValue() : 0.0;
    }

    static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
