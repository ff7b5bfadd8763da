package io.newsflow.extractor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.extractor.ArticleExtractor;
import io.newsflow.extractor.ExtractedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the whole development sets through the extractor and fails below the quality bars, so regressions
 * show up in CI. Skipped when the datasets are not checked out beside the repository. Thresholds are the
 * issue's bars where reached; where not yet reached, just under the measured figure (see QUALITY-LOG.md).
 */
class ExtractionQualityIT {

    /** AEB dev F1 (bar of the issue: 0.970; measured 0.977, and it must not drop below 0.975). */
    private static final double AEB_F1 = 0.975;
    /**
     * trafilatura dev: the bars are 0.93 / 0.85 / 0.75 / 0.90. Snippet F1 (0.935 in iteration 49: tp 1090, fp 53),
     * title (measured 0.853 in iteration 28) and date (279 of 310 pages = 0.900 in iteration 39) meet their bars, so
     * the thresholds are the bar or just under the measure; author (0.752, 164 of 218 pages, iteration 53)
     * now meets its bar too and is guarded at the bar.
     */
    private static final double TRAFILATURA_SNIPPET_F1 = 0.934;
    private static final double TRAFILATURA_TITLE = 0.852;
    private static final double TRAFILATURA_AUTHOR = 0.75;
    private static final double TRAFILATURA_DATE = 0.90;
    /**
     * readability dev: bars 0.95 / 0.90 / 0.90; title (0.971, 34 of 35, iteration 41: a {@code <title>} continuing
     * the h1 without a separator, "… [LWN.net]", "…_科技_腾讯网", is kept whole as both benchmarks' truths do) and
     * date (1.000) meet their bars; byline does not (0.556: the truth is Readability.js's own raw output, "By Erin
     * Cunningham"). The last title miss cuts the headline at its colon ("Outside the web: X · V8" -> "X · V8"),
     * which would break the trafilatura titles written "Kicker: headline". The 8 byline misses were reviewed
     * (QUALITY-LOG.md): each is Readability.js keeping a "By"/"Par"/"Written by" prefix, joining names with ", ",
     * or taking "Last Updated: date" or the last of two DC.Creator as the byline; matching them contradicts the
     * issue (people joined by "; ") and the trafilatura truth (218 authors without "By").
     */
    private static final double READABILITY_TITLE = 0.97;
    private static final double READABILITY_BYLINE = 0.55;
    private static final double READABILITY_DATE = 0.90;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static Path datasets;

    @BeforeAll
    static void findDatasets() {
        datasets = locate();
        assumeTrue(datasets != null, "extraction datasets not found beside the repository; quality test skipped");
    }

    /** The module dir is the working directory under Maven; the repo root when run from an IDE. */
    private static Path locate() {
        String override = System.getProperty("newsflow.datasets");
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> candidates = Stream.of(override, cwd.resolve("../../shared/datasets/extraction").toString(),
                cwd.resolve("../shared/datasets/extraction").toString()).filter(s -> s != null).map(Path::of).toList();
        return candidates.stream().map(Path::normalize).filter(p -> Files.isDirectory(p.resolve("aeb/gt")))
                .findFirst().orElse(null);
    }

    @Test
    void articleExtractionBenchmarkF1StaysAtTheBar() throws IOException {
        ShingleScore score = new ShingleScore();
        forEachPage("aeb", (truth, article) -> score.add(truth.path("articleBody").asString(""), article.articleBody()));
        System.out.printf(Locale.ROOT, "aeb: %d pages  F1 %.3f  precision %.3f  recall %.3f%n", score.pageCount(),
                score.f1(), score.precision(), score.recall());
        assertThat(score.f1()).isGreaterThanOrEqualTo(AEB_F1);
    }

    @Test
    void trafilaturaSnippetsAndMetadataStayAtTheirFigures() throws IOException {
        SnippetScore score = new SnippetScore();
        forEachPage("trafilatura", score::add);
        System.out.println("trafilatura: " + score.summary());
        assertThat(score.snippetF1()).as("snippet F1").isGreaterThanOrEqualTo(TRAFILATURA_SNIPPET_F1);
        assertThat(score.title()).as("title").isGreaterThanOrEqualTo(TRAFILATURA_TITLE);
        assertThat(score.author()).as("author").isGreaterThanOrEqualTo(TRAFILATURA_AUTHOR);
        assertThat(score.date()).as("date").isGreaterThanOrEqualTo(TRAFILATURA_DATE);
    }

    @Test
    void readabilityMetadataStaysAtItsFigures() throws IOException {
        SnippetScore score = new SnippetScore();
        forEachPage("readability", score::add);
        System.out.println("readability: " + score.summary());
        assertThat(score.title()).as("title").isGreaterThanOrEqualTo(READABILITY_TITLE);
        assertThat(score.author()).as("byline").isGreaterThanOrEqualTo(READABILITY_BYLINE);
        assertThat(score.date()).as("date").isGreaterThanOrEqualTo(READABILITY_DATE);
    }

    /** Extracts every page of a set like the CLI does (no URL, no Content-Type) and hands it to the scorer. */
    private static void forEachPage(String set, BiConsumer<JsonNode, ExtractedArticle> scorer) throws IOException {
        Path dir = datasets.resolve(set);
        List<Path> truths;
        try (Stream<Path> files = Files.list(dir.resolve("gt"))) {
            truths = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path truthFile : truths) {
            String id = truthFile.getFileName().toString().replaceFirst("\\.json$", "");
            JsonNode truth = JSON.readTree(truthFile.toFile());
            scorer.accept(truth, EXTRACTOR.extract(readPage(dir.resolve("html"), id), null, null));
        }
    }

    private static byte[] readPage(Path htmlDir, String id) throws IOException {
        Path gz = htmlDir.resolve(id + ".html.gz");
        if (Files.exists(gz)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                return in.readAllBytes();
            }
        }
        Path plain = htmlDir.resolve(id + ".html");
        return Files.exists(plain) ? Files.readAllBytes(plain) : new byte[0];
    }
}
