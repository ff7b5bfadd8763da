package io.newsflow.enricher.cli;

import io.newsflow.enricher.CorpusIndex;
import io.newsflow.enricher.Document;
import io.newsflow.enricher.Enricher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch enrichment: {@code --in DIR --out DIR [--related K]}. Every {@code <id>.txt} of DIR is indexed
 * first, then each is enriched against the others and written as {@code <id>.json}. The last line
 * printed is {@code N documents in S s (R docs/s)}, timed from reading the files to the last write
 * (model loading, about a second, is printed before and not counted).
 */
public final class EnrichCommand {

    /** Related documents listed per document when --related is not given. */
    static final int DEFAULT_RELATED = 5;

    private static final String USAGE = "usage: java -jar newsflow-enricher.jar --in DIR --out DIR [--related K]";

    private EnrichCommand() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        run(arguments.in(), arguments.out(), arguments.related());
    }

    static void run(Path in, Path out, int related) throws Exception {
        long loading = System.nanoTime();
        try (CorpusIndex corpus = CorpusIndex.inMemory()) {
            Enricher enricher = new Enricher(corpus);
            System.out.printf(Locale.ROOT, "models loaded in %.2f s%n", (System.nanoTime() - loading) / 1e9);
            long started = System.nanoTime();
            List<Document> docs = TextFiles.readAll(in);
            docs.forEach(corpus::add);
            Files.createDirectories(out);
            enrichAll(enricher, docs, out, related);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%d documents in %.2f s (%.1f docs/s)%n", docs.size(), seconds,
                    docs.size() / Math.max(seconds, 1e-9));
        }
    }

    private static void enrichAll(Enricher enricher, List<Document> docs, Path out, int related) throws Exception {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> written = new ArrayList<>();
            for (Document doc : docs) {
                written.add(pool.submit(() -> {
                    EnrichmentJson result = EnrichmentJson.of(enricher.enrich(doc, related));
                    json.writeValue(out.resolve(doc.id() + ".json").toFile(), result);
                    return null;
                }));
            }
            for (Future<?> f : written) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    record Arguments(Path in, Path out, int related) {

        static Arguments parse(String[] args) {
            Path in = null;
            Path out = null;
            int related = DEFAULT_RELATED;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--in" -> in = Path.of(required(args[i], value));
                    case "--out" -> out = Path.of(required(args[i], value));
                    case "--related" -> related = parseCount(required(args[i], value));
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
                i++;
            }
            if (in == null || out == null) {
                throw new IllegalArgumentException("--in and --out are required");
            }
            if (!Files.isDirectory(in)) {
                throw new IllegalArgumentException("not a directory: " + in);
            }
            return new Arguments(in, out, related);
        }

        private static String required(String flag, String value) {
            if (value == null) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return value;
        }

        private static int parseCount(String value) {
            try {
                int k = Integer.parseInt(value);
                if (k < 0) {
                    throw new IllegalArgumentException("--related must be 0 or more: " + value);
                }
                return k;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--related must be a number: " + value);
            }
        }
    }
}
