package io.newsflow.enricher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real published English news texts from the project's development datasets (the article-extraction
 * benchmark's ground-truth bodies, {@code shared/datasets/extraction/aeb/gt}), read in place, never
 * copied into the repository. The headline is rebuilt from the URL slug (the benchmark stores no title).
 */
final class NewsTexts {

    static final Path AEB_GT = Path.of("../../shared/datasets/extraction/aeb/gt");

    /** Shorter bodies are briefs or teasers, too short to split in halves. */
    private static final int MIN_WORDS = 250;

    private NewsTexts() {
    }

    static boolean available() {
        return Files.isDirectory(AEB_GT);
    }

    /** The English articles of at least {@link #MIN_WORDS} words, in file order. */
    static List<Document> articles() {
        JsonMapper json = JsonMapper.builder().build();
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(AEB_GT)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                JsonNode gt = json.readTree(file.toFile());
                String body = gt.path("articleBody").asString("").strip();
                String title = slugTitle(gt.path("url").asString(""));
                if (!title.isEmpty() && body.split("\\s+").length >= MIN_WORDS && mostlyAscii(body)) {
                    docs.add(new Document("aeb-" + gt.path("id").asString("").substring(0, 12),
                            gt.path("url").asString(null), title, body, null, List.of()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** "https://x.com/sport/jose-mourinho-agrees-deal-12345" -> "Jose mourinho agrees deal". */
    static String slugTitle(String url) {
        String[] segments = url.replaceFirst("^[a-z]+://[^/]+", "").split("[/?#]");
        String slug = Arrays.stream(segments).max(Comparator.comparingLong(s -> s.chars().filter(c -> c == '-').count()))
                .orElse("").replaceFirst("\\.(html?|php|aspx?)$", "");
        List<String> words = Arrays.stream(slug.split("[-_]+"))
                .filter(w -> !w.isEmpty() && !w.matches("\\d+|[0-9a-f]{6,}")).toList();
        String title = String.join(" ", words);
        return title.isEmpty() ? "" : title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
    }

    private static boolean mostlyAscii(String text) {
        return text.chars().filter(c -> c < 128).count() >= 0.97 * text.length();
    }
}
