package io.newsflow.extractor.metadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Metadata collected from a page. Readers run in order of trust, so the first value offered for a field
 * wins and keeps the name of its source; later offers are ignored. Not thread-safe: one per extraction.
 */
public final class Metadata {

    /** Separators of a category or keyword list, compiled once (String.split compiles its regex on every call). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");

    /** The single-valued fields. */
    public enum Field {
        TITLE("title"), AUTHOR("author"), DATE("date"), DATE_MODIFIED("dateModified"), LANGUAGE("language"),
        SITE_NAME("siteName"), CANONICAL_URL("canonicalUrl"), DESCRIPTION("description"), IMAGE("image");

        private final String jsonName;

        Field(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }
    }

    private final Map<Field, String> values = new EnumMap<>(Field.class);
    private final Map<Field, String> sources = new EnumMap<>(Field.class);
    private final Set<String> categories = new LinkedHashSet<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private String structuredBody;
    private String categorySource;
    private String tagSource;
    /** The date came from an unqualified {@code <meta name="date">} / {@code DC.date}: often the page's last change. */
    private boolean dateFromGenericMeta;

    /** Offers a value; kept only if the field is still empty and the value is not blank. */
    public boolean offer(Field field, String value, String source) {
        if (value == null || values.containsKey(field)) {
            return false;
        }
        String clean = Text.normalizeSpace(value);
        if (clean.isEmpty()) {
            return false;
        }
        values.put(field, clean);
        sources.put(field, source);
        return true;
    }

    /** Replaces a value after cleaning (e.g. title suffix removal), keeping the source. */
    public void replace(Field field, String value) {
        if (value != null && !value.isBlank() && values.containsKey(field)) {
            values.put(field, Text.normalizeSpace(value));
        }
    }

    /** Replaces a value and its source: a later reader found better evidence than the first offer. */
    void override(Field field, String value, String source) {
        if (value != null && !value.isBlank()) {
            values.put(field, Text.normalizeSpace(value));
            sources.put(field, source);
        }
    }

    /** The article text as structured data states it (JSON-LD articleBody, a HowTo's steps); first offer wins. */
    void offerStructuredBody(String text) {
        if (structuredBody == null && text != null && !text.isBlank()) {
            structuredBody = text;
        }
    }

    /** An account name the page gives for its author only in {@code twitter:creator}: the last resort. */
    private String creatorAccount;

    void offerCreatorAccount(String account) {
        if (creatorAccount == null && account != null && !account.isBlank()) {
            creatorAccount = account.strip();
        }
    }

    String creatorAccount() {
        return creatorAccount;
    }

    void markDateFromGenericMeta() {
        dateFromGenericMeta = true;
    }

    boolean dateFromGenericMeta() {
        return dateFromGenericMeta && META_SOURCE.equals(sources.get(Field.DATE));
    }

    private static final String META_SOURCE = "meta";

    /** Plain text with one paragraph per line, or null. */
    public String structuredBody() {
        return structuredBody;
    }

    /** Takes a value out, so that a lower source may offer a better one. */
    void remove(Field field) {
        values.remove(field);
        sources.remove(field);
    }

    public void offerCategories(List<String> found, String source) {
        if (categories.isEmpty() && addAll(categories, found)) {
            categorySource = source;
        }
    }

    public void offerTags(List<String> found, String source) {
        if (tags.isEmpty() && addAll(tags, found)) {
            tagSource = source;
        }
    }

    private static boolean addAll(Set<String> target, List<String> found) {
        for (String s : found) {
            String clean = s == null ? "" : Text.normalizeSpace(s);
            if (!clean.isEmpty() && clean.length() < 100) {
                target.add(clean);
            }
        }
        return !target.isEmpty();
    }

    public String get(Field field) {
        return values.get(field);
    }

    public boolean has(Field field) {
        return values.containsKey(field);
    }

    public String sourceOf(Field field) {
        return sources.get(field);
    }

    public List<String> categories() {
        return List.copyOf(categories);
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    /** Field JSON name to source, for every field that has a value. */
    public Map<String, String> sources() {
        Map<String, String> out = new LinkedHashMap<>();
        sources.forEach((f, s) -> out.put(f.jsonName(), s));
        if (categorySource != null) {
            out.put("categories", categorySource);
        }
        if (tagSource != null) {
            out.put("tags", tagSource);
        }
        return out;
    }

    static List<String> splitList(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String part : LIST_SEPARATOR.split(s)) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }
}
