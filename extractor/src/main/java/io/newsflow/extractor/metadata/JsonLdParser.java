package io.newsflow.extractor.metadata;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lenient reading of one JSON-LD script: comments, single quotes, trailing commas and CDATA wrappers are
 * tolerated, control characters repaired; what still does not parse is skipped (an empty list).
 */
final class JsonLdParser {

    private static final Pattern TRAILING_COMMA = Pattern.compile(",\\s*([}\\]])");
    /** CDATA wrappers, with or without the "//" that hides them from old script parsers. */
    private static final Pattern CDATA = Pattern.compile("(//\\s*)?<!\\[CDATA\\[|(//\\s*)?\\]\\]>");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F]");
    /** Cap on nodes visited, so a huge generated graph cannot cost more than a page is worth. */
    private static final int MAX_NODES = 5000;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_MISSING_VALUES)
            .build();

    private JsonLdParser() {
    }

    /** Every object with an {@code @type} in the script: top level, lists, {@code @graph}, mainEntity. */
    static List<JsonNode> typedNodes(String script) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode root = parse(script);
        if (root != null) {
            flatten(root, out);
        }
        return out;
    }

    private static JsonNode parse(String json) {
        String text = json.strip();
        if (text.startsWith("<!--")) {
            text = text.substring(4);
        }
        if (text.endsWith("-->")) {
            text = text.substring(0, text.length() - 3);
        }
        if (text.contains("<![CDATA[") || text.contains("]]>")) {
            text = CDATA.matcher(text).replaceAll(""); // a regex scan of every script only when it can match
        }
        text = text.strip();
        try {
            return MAPPER.readTree(text);
        } catch (RuntimeException e) {
            try {
                String repaired = CONTROL.matcher(TRAILING_COMMA.matcher(text).replaceAll("$1")).replaceAll(" ");
                return MAPPER.readTree(repaired);
            } catch (RuntimeException again) {
                return null;
            }
        }
    }

    /** Breadth-first walk of lists and @graph containers, without recursion. */
    private static void flatten(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < MAX_NODES) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.values().forEach(todo::add);
            } else if (n.isObject()) {
                if (n.has("@type")) {
                    out.add(n);
                }
                JsonNode graph = n.get("@graph");
                if (graph != null) {
                    todo.add(graph);
                }
                JsonNode main = n.get("mainEntity");
                if (main != null && main.isObject()) {
                    todo.add(main);
                }
            }
        }
    }
}
