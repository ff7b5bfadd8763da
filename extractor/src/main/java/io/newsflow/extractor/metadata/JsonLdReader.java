package io.newsflow.extractor.metadata;

import io.newsflow.extractor.metadata.Metadata.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * Reads schema.org metadata from {@code <script type="application/ld+json">}: objects, lists and
 * {@code @graph}, with references by {@code @id}. Broken JSON is repaired where cheap, otherwise skipped.
 */
final class JsonLdReader {

    /** The types that name the site. */
    private static final Pattern SITE_TYPE = Pattern.compile("(?i)WebSite|Organization|NewsMediaOrganization");

    static final String SOURCE = "json-ld";
    /** Types that describe the article itself rather than the site, a breadcrumb or a person. */
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i).*(Article|BlogPosting|Posting|Report|Review|Story|Recipe|LiveBlog|HowTo).*");
    private static final Pattern PAGE_TYPE = Pattern.compile("(?i)(WebPage|ItemPage|AboutPage|CollectionPage)");
    private static final Pattern PERSON_TYPE = Pattern.compile("(?i)Person");


    void read(PageIndex index, Metadata meta) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : index.jsonLd) {
            nodes.addAll(JsonLdParser.typedNodes(script.data()));
        }
        if (nodes.isEmpty()) {
            return;
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode n : nodes) {
            String id = n.path("@id").asString("");
            if (!id.isEmpty() && n.size() > 1) {
                byId.putIfAbsent(id, n);
            }
        }
        JsonNode article = first(nodes, ARTICLE_TYPE);
        if (article != null) {
            readArticle(article, byId, meta);
        }
        JsonNode page = first(nodes, PAGE_TYPE);
        if (page != null) {
            readArticle(page, byId, meta);
        }
        for (JsonNode n : nodes) {
            if (typeMatches(n, SITE_TYPE)) {
                meta.offer(Field.SITE_NAME, n.path("name").asString(null), SOURCE);
            }
        }
    }



    private static JsonNode first(List<JsonNode> nodes, Pattern type) {
        for (JsonNode n : nodes) {
            if (typeMatches(n, type)) {
                return n;
            }
        }
        return null;
    }

    private static boolean typeMatches(JsonNode n, Pattern type) {
        JsonNode t = n.path("@type");
        if (t.isArray()) {
            for (JsonNode v : t.values()) {
                if (type.matcher(v.asString("")).matches()) {
                    return true;
                }
            }
            return false;
        }
        return type.matcher(t.asString("")).matches();
    }

    private void readArticle(JsonNode a, Map<String, JsonNode> byId, Metadata meta) {
        meta.offer(Field.TITLE, text(a.get("headline")), SOURCE);
        if (typeMatches(a, ARTICLE_TYPE)) {
            meta.offer(Field.TITLE, text(a.get("name")), SOURCE);
        }
        meta.offer(Field.AUTHOR, authors(a.get("author"), byId), SOURCE);
        meta.offer(Field.DATE, text(a.get("datePublished")), SOURCE);
        meta.offer(Field.DATE, text(a.get("dateCreated")), SOURCE);
        meta.offer(Field.DATE_MODIFIED, text(a.get("dateModified")), SOURCE);
        meta.offer(Field.LANGUAGE, text(a.get("inLanguage")), SOURCE);
        meta.offer(Field.DESCRIPTION, text(a.get("description")), SOURCE);
        meta.offer(Field.IMAGE, url(resolve(a.get("image"), byId)), SOURCE);
        meta.offer(Field.SITE_NAME, text(resolve(a.get("publisher"), byId) == null ? null
                : resolve(a.get("publisher"), byId).get("name")), SOURCE);
        meta.offerStructuredBody(StructuredBody.of(a));
        meta.offerCategories(list(a.get("articleSection")), SOURCE);
        meta.offerTags(list(a.get("keywords")), SOURCE);
    }

    private static String authors(JsonNode node, Map<String, JsonNode> byId) {
        if (node == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<JsonNode> items = node.isArray() ? new ArrayList<>(node.values()) : List.of(node);
        for (JsonNode item : items) {
            JsonNode n = resolve(item, byId);
            if (n == null) {
                continue;
            }
            if (n.isString()) {
                addName(names, Bylines.asWritten(n.asString()));
            } else if (n.isObject() && (!n.has("@type") || typeMatches(n, PERSON_TYPE))) {
                String name = text(n.get("name"));
                addName(names, Bylines.asWritten(name));
            }
        }
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private static void addName(List<String> names, String name) {
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    private static JsonNode resolve(JsonNode n, Map<String, JsonNode> byId) {
        if (n != null && n.isObject() && n.size() == 1 && n.has("@id")) {
            return byId.get(n.get("@id").asString(""));
        }
        return n;
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return n.has("@value") ? n.get("@value").asString(null) : null;
        }
        String s = n.asString(null);
        return s == null ? null : org.jsoup.parser.Parser.unescapeEntities(s, false);
    }

    private static String url(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : url(n.get(0));
        }
        if (n.isObject()) {
            return n.has("url") ? url(n.get("url")) : text(n.get("contentUrl"));
        }
        return n.asString(null);
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            for (JsonNode v : n.values()) {
                if (v.isString()) {
                    out.add(v.asString());
                }
            }
        } else if (n.isString()) {
            out.addAll(Metadata.splitList(n.asString()));
        }
        return out;
    }
}
