package io.newsflow.enricher;

import io.newsflow.enricher.text.AnalyzedText;
import io.newsflow.enricher.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test texts from src/test/resources, and models shared by the tests (loading them takes a second). */
public final class Fixtures {

    public static final String EXAMPLE_PAGE = "/pages/iria-nato-foreign-ministers.txt";

    public static final List<String> ARTICLES = List.of("nato-ukraine-air-defence", "ukraine-grain-corridor",
            "ecb-rates-inflation", "chip-export-controls", "champions-league-final", "tennis-open-upset",
            "measles-outbreak-vaccination", "storm-flooding-coast");

    private static TextAnalyzer analyzer;

    private Fixtures() {
    }

    public static synchronized TextAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new TextAnalyzer();
        }
        return analyzer;
    }

    /** The shared example page as a document: first line the title, the rest the body. */
    public static Document examplePage() {
        return document("iria-nato-foreign-ministers", read(EXAMPLE_PAGE));
    }

    /** One of the test articles by file name without extension. */
    public static Document article(String name) {
        return document(name, read("/articles/" + name + ".txt"));
    }

    public static AnalyzedText analyzed(Document doc) {
        return analyzer().analyze(doc.title(), doc.body());
    }

    public static String read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(String id, String text) {
        int newline = text.indexOf('\n');
        return new Document(id, "https://news.example/" + id, text.substring(0, newline).strip(),
                text.substring(newline + 1), null, List.of());
    }
}
