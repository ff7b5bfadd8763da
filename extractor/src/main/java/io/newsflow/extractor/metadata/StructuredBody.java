package io.newsflow.extractor.metadata;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import tools.jackson.databind.JsonNode;

/**
 * The article text that schema.org data carries: {@code articleBody}, or a HowTo's description and steps. The
 * values are often HTML ("\u003cp\u003e..."); they become plain text, one paragraph per line.
 */
final class StructuredBody {

    /** Selectors parsed once: jsoup parses a query string again on every call. */
    private static final Evaluator BR = QueryParser.parse("br");
    private static final Evaluator BLOCKS = QueryParser.parse("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre");

    /** Steps read from a HowTo: enough for any real guide, bounded for hostile input. */
    private static final int MAX_STEPS = 200;

    private StructuredBody() {
    }

    static String of(JsonNode article) {
        String body = string(article.get("articleBody"));
        if (body != null) {
            return toText(body);
        }
        JsonNode steps = article.get("step");
        if (steps == null || !steps.isArray()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        String description = string(article.get("description"));
        if (description != null) {
            parts.add(toText(description));
        }
        int n = 0;
        for (JsonNode step : steps.values()) {
            if (n++ >= MAX_STEPS) {
                break;
            }
            String name = string(step.get("name"));
            String text = string(step.get("text"));
            if (name != null && (text == null || !text.contains(name))) {
                parts.add(toText(name));
            }
            if (text != null) {
                parts.add(toText(text));
            }
        }
        String joined = String.join("\n", parts).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String string(JsonNode n) {
        return n != null && n.isString() && !n.asString().isBlank() ? n.asString() : null;
    }

    /** HTML or plain text to lines: block elements and line breaks end a paragraph. */
    static String toText(String value) {
        if (value.indexOf('<') < 0) {
            return Text.normalizeLines(value);
        }
        Document doc = Jsoup.parseBodyFragment(value);
        for (Element br : doc.select(BR)) {
            br.after("\n");
        }
        List<String> lines = new ArrayList<>();
        for (Element block : doc.select(BLOCKS)) {
            if (block.selectFirst(BLOCKS) == null) {
                String line = Text.normalizeSpace(block.text());
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        return lines.isEmpty() ? Text.normalizeSpace(doc.text()) : String.join("\n", lines);
    }
}
