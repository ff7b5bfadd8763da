package io.newsflow.publish.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * A stored article as a schema.org {@code NewsArticle} in JSON-LD: headline, text, dates, author,
 * publisher, language, keywords, and the entities as {@code about}/{@code mentions} things linked to
 * Wikidata with {@code sameAs}; related articles as {@code relatedLink} URLs.
 */
final class NewsArticleJsonLd {

    /** Entities at least this salient are what the article is {@code about}; the rest it {@code mentions}. */
    static final double ABOUT_SCORE = 0.5;

    private NewsArticleJsonLd() {
    }

    static Map<String, Object> of(Document d) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        String url = d.getString("canonicalUrl") != null ? d.getString("canonicalUrl") : d.getString("url");
        ld.put("@id", url);
        ld.put("url", url);
        ld.put("identifier", d.getString(ArticleDocuments.ID));
        putIf(ld, "headline", d.getString("title"));
        putIf(ld, "description", d.getString("description"));
        putIf(ld, "articleBody", d.getString("body"));
        putIf(ld, "datePublished", d.getString("publishedAt"));
        putIf(ld, "dateModified", d.getString("modifiedAt"));
        putIf(ld, "inLanguage", d.getString("language"));
        putIf(ld, "image", d.getString("image"));
        if (d.getString("author") != null) {
            ld.put("author", List.of(d.getString("author").split(";\\s*")).stream()
                    .map(name -> Map.of("@type", "Person", "name", name)).toList());
        }
        if (d.getString("siteName") != null) {
            ld.put("publisher", Map.of("@type", "Organization", "name", d.getString("siteName")));
        }
        List<Object> about = new ArrayList<>();
        List<Object> mentions = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        for (Document tag : ArticleDocuments.documents(d, "tags")) {
            String type = tag.getString("type");
            if ("KEYWORD".equals(type) || "TOPIC".equals(type)) {
                keywords.add(tag.getString("name"));
                continue;
            }
            Map<String, Object> thing = new LinkedHashMap<>();
            thing.put("@type", schemaType(type));
            thing.put("name", tag.getString("name"));
            if (tag.getString("wikidataId") != null) {
                thing.put("sameAs", "https://www.wikidata.org/wiki/" + tag.getString("wikidataId"));
            }
            double score = tag.get("score") instanceof Number n ? n.doubleValue() : 0;
            (score >= ABOUT_SCORE ? about : mentions).add(thing);
        }
        putIfNotEmpty(ld, "about", about);
        putIfNotEmpty(ld, "mentions", mentions);
        if (!keywords.isEmpty()) {
            ld.put("keywords", String.join(", ", keywords));
        }
        putIfNotEmpty(ld, "relatedLink", ArticleDocuments.documents(d, ArticleDocuments.RELATED).stream()
                .map(r -> r.getString("url")).filter(u -> u != null).toList());
        return ld;
    }

    private static String schemaType(String type) {
        return switch (type == null ? "" : type) {
            case "PERSON" -> "Person";
            case "ORGANIZATION" -> "Organization";
            case "PLACE" -> "Place";
            case "EVENT" -> "Event";
            case "WORK" -> "CreativeWork";
            default -> "Thing";
        };
    }

    private static void putIf(Map<String, Object> ld, String key, Object value) {
        if (value != null) {
            ld.put(key, value);
        }
    }

    private static void putIfNotEmpty(Map<String, Object> ld, String key, List<?> values) {
        if (!values.isEmpty()) {
            ld.put(key, values);
        }
    }
}
