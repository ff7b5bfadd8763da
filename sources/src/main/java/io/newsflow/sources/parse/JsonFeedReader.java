package io.newsflow.sources.parse;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): {@code version}, {@code title} and
 * {@code items[]} with {@code url} (the permalink; {@code external_url} when there is none), {@code title}
 * and {@code date_published}/{@code date_modified}.
 */
final class JsonFeedReader {

    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/1";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonFeedReader() {
    }

    static SourceDocument read(byte[] body, URI base, ParseLimits limits) {
        JsonNode root = parse(body);
        String version = text(root, "version");
        if (version == null || !version.startsWith(VERSION_PREFIX)) {
            throw new MalformedSourceException("not a JSON Feed 1.x: version is " + (version == null ? "missing"
                    : "'" + version + "'"));
        }
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) {
            throw new MalformedSourceException("not a JSON Feed: no items array");
        }
        List<SourceEntry> entries = new ArrayList<>();
        for (JsonNode item : items) {
            if (entries.size() == limits.maxEntries()) {
                break;
            }
            entries.add(entry(item, base));
        }
        return new SourceDocument(SourceFormat.JSON_FEED, text(root, "title"), entries, List.of(),
                items.size() > limits.maxEntries());
    }

    private static SourceEntry entry(JsonNode item, URI base) {
        String url = text(item, "url");
        if (url == null) {
            url = text(item, "external_url");
        }
        String published = text(item, "date_published");
        return new SourceEntry(url == null ? null : EntryLinks.resolve(base, url), text(item, "title"),
                instant(published != null ? published : text(item, "date_modified")));
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw new MalformedSourceException("not a JSON Feed: the document is not a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            throw new MalformedSourceException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    /** RFC 3339 per the spec; a date in another form is left out rather than failing the feed. */
    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
