package io.newsflow.extractor.cli;

import io.newsflow.extractor.ArticleExtractor;
import io.newsflow.extractor.ExtractedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Batch extraction: {@code --in DIR --out DIR [--threads N]}. Reads every {@code <id>.html} and
 * {@code <id>.html.gz}, writes {@code <id>.json}, and ends with {@code N pages in S s (R pages/s)}.
 */
public final class ExtractCommand {

    /** A small page touching every stage: JSON-LD, meta tags, byline, time, article text. */
    private static final String INIT_PAGE = "<html lang=en><head><title>Init | Site</title>"
            + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Init\"}</script>"
            + "<meta property=og:title content=Init></head><body><article><h1>Init</h1>"
            + "<span class=byline>By Jane Doe</span><time datetime=2024-01-02>2 Jan 2024</time>"
            + "<p>" + "Some text of the article, with commas, for the scorer to find. ".repeat(10) + "</p>"
            + "</article></body></html>";
    private static final String USAGE = "usage: java -jar newsflow-extractor.jar --in DIR --out DIR [--threads N]";

    private ExtractCommand() {
    }

    public static void main(String[] args) {
        try {
            Options options = Options.parse(args);
            Optional<Integer> tuned = JvmRelauncher.relaunch(ExtractCommand.class.getName(), args);
            if (tuned.isPresent()) {
                System.exit(tuned.get());
            }
            System.exit(run(options, System.out, System.err));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        List<Path> pages = listPages(options.in());
        try {
            Files.createDirectories(options.out());
        } catch (IOException e) {
            err.println("cannot create " + options.out() + ": " + e.getMessage());
            return 1;
        }
        ArticleExtractor extractor = new ArticleExtractor();
        initialise(extractor);
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Path page : pages) {
                jobs.add(pool.submit(() -> extractOne(extractor, page, options.out(), failures, err)));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (Exception e) {
            err.println("extraction interrupted: " + e);
            return 1;
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%d pages in %.2f s (%.1f pages/s)%n", pages.size(), seconds,
                seconds > 0 ? pages.size() / seconds : 0.0);
        return failures.get() == 0 ? 0 : 1;
    }

    /**
     * Loads and initialises the classes once (JSON mapper, patterns) before the clock starts, so the
     * reported rate measures extraction, as the Readability.js bench loads its modules before timing.
     */
    private static void initialise(ArticleExtractor extractor) {
        ArticleJson.write("init", null, extractor.extract(INIT_PAGE.getBytes(StandardCharsets.UTF_8),
                "https://example.org/2024/01/02/init", "text/html; charset=utf-8"));
    }

    private static void extractOne(ArticleExtractor extractor, Path page, Path outDir, AtomicInteger failures,
                                   PrintStream err) {
        String id = idOf(page);
        try {
            byte[] bytes = read(page);
            ExtractedArticle article = extractor.extract(bytes, null, null);
            Files.write(outDir.resolve(id + ".json"), ArticleJson.write(id, null, article));
        } catch (IOException | RuntimeException e) {
            failures.incrementAndGet();
            err.println(page + ": " + e);
        }
    }

    static List<Path> listPages(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html")
                    || p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static String idOf(Path page) {
        String name = page.getFileName().toString();
        return name.endsWith(".gz") ? name.substring(0, name.length() - ".html.gz".length())
                : name.substring(0, name.length() - ".html".length());
    }

    private static byte[] read(Path page) throws IOException {
        if (!page.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(page);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return in.readAllBytes();
        }
    }
}
