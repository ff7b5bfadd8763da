package io.newsflow.publish.article;

import static com.mongodb.client.model.Filters.all;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.empty;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The filters shared by the listing, the live stream, the feeds and webhook subscriptions, already
 * normalised ({@link ArticleFilters} builds them from request parameters). Every condition is an
 * equality on a stored, normalised key (or {@code $all} of terms, or a date range), built from typed
 * values only: no client-supplied operator can reach a query.
 *
 * @param tag      normalised tag name (any type), matches {@code tagKeys}
 * @param entity   normalised entity name or Wikidata id, matches {@code entityKeys}
 * @param topic    normalised topic name or IPTC code, matches {@code topicKeys}
 * @param site     host without {@code www.} or site name, lower case, matches {@code siteKeys}
 * @param language primary language subtag, lower case
 * @param terms    search terms ({@link SearchTerms}), all must be present
 * @param since    first seen at or after (inclusive)
 * @param until    first seen before (exclusive)
 */
public record ArticleFilter(String tag, String entity, String topic, String site, String language,
                            List<String> terms, Instant since, Instant until) {

    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null, List.of(), null, null);

    public ArticleFilter {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    public boolean isSearch() {
        return !terms.isEmpty();
    }

    Bson toBson() {
        List<Bson> conditions = new ArrayList<>();
        addEq(conditions, ArticleDocuments.TAG_KEYS, tag);
        addEq(conditions, ArticleDocuments.ENTITY_KEYS, entity);
        addEq(conditions, ArticleDocuments.TOPIC_KEYS, topic);
        addEq(conditions, ArticleDocuments.SITE_KEYS, site);
        addEq(conditions, ArticleDocuments.LANGUAGE_KEY, language);
        if (!terms.isEmpty()) {
            conditions.add(all(ArticleDocuments.SEARCH_TERMS, terms));
        }
        if (since != null) {
            conditions.add(gte(ArticleDocuments.FIRST_SEEN, Date.from(since)));
        }
        if (until != null) {
            conditions.add(lt(ArticleDocuments.FIRST_SEEN, Date.from(until)));
        }
        return conditions.isEmpty() ? empty() : and(conditions);
    }

    /** The same test in memory, for the live stream and webhooks, on a stored article document. */
    public boolean matches(Document article) {
        return contains(article, ArticleDocuments.TAG_KEYS, tag)
                && contains(article, ArticleDocuments.ENTITY_KEYS, entity)
                && contains(article, ArticleDocuments.TOPIC_KEYS, topic)
                && contains(article, ArticleDocuments.SITE_KEYS, site)
                && (language == null || language.equals(article.getString(ArticleDocuments.LANGUAGE_KEY)))
                && (terms.isEmpty() || values(article, ArticleDocuments.SEARCH_TERMS).containsAll(terms))
                && inRange(article.getDate(ArticleDocuments.FIRST_SEEN));
    }

    private boolean inRange(Date firstSeen) {
        if (since == null && until == null) {
            return true;
        }
        if (firstSeen == null) {
            return false;
        }
        Instant at = firstSeen.toInstant();
        return (since == null || !at.isBefore(since)) && (until == null || at.isBefore(until));
    }

    private static void addEq(List<Bson> conditions, String field, String value) {
        if (value != null) {
            conditions.add(eq(field, value));
        }
    }

    private static boolean contains(Document article, String field, String value) {
        return value == null || values(article, field).contains(value);
    }

    private static Collection<?> values(Document article, String field) {
        return article.get(field) instanceof List<?> list ? list : List.of();
    }

    /** The filter as a document (for a webhook subscription), and back. */
    public Document toDocument() {
        Document d = new Document();
        putIf(d, "tag", tag);
        putIf(d, "entity", entity);
        putIf(d, "topic", topic);
        putIf(d, "site", site);
        putIf(d, "language", language);
        if (!terms.isEmpty()) {
            d.put("terms", terms);
        }
        return d;
    }

    public static ArticleFilter fromDocument(Document d) {
        if (d == null) {
            return NONE;
        }
        return new ArticleFilter(d.getString("tag"), d.getString("entity"), d.getString("topic"), d.getString("site"),
                d.getString("language"), d.getList("terms", String.class, List.of()), null, null);
    }

    private static void putIf(Document d, String key, Object value) {
        if (Objects.nonNull(value)) {
            d.put(key, value);
        }
    }
}
