package io.newsflow.extractor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The batch the build runs once to record which classes the CLI loads, for the class-data sharing archive
 * ({@code newsflow-extractor.jsa}, see {@link JvmRelauncher}): it copies every {@code source.html(.gz)} found
 * under the given folder (the test fixtures) into a flat folder and runs {@link ExtractCommand#run} on it with
 * two threads, exactly the code path of a real batch. Output is discarded.
 *
 * <p>usage: {@code java -XX:ArchiveClassesAtExit=newsflow-extractor.jsa -cp newsflow-extractor.jar
 * io.newsflow.extractor.cli.TrainingRun DIR}
 */
public final class TrainingRun {

    private TrainingRun() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TrainingRun DIR");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("newsflow-training");
        try {
            Path in = Files.createDirectories(work.resolve("in"));
            int pages = copyPages(Path.of(args[0]), in);
            if (pages == 0) {
                System.err.println("no pages under " + args[0]);
                System.exit(1);
            }
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
            int code = ExtractCommand.run(new Options(in, work.resolve("out"), 2), discard, System.err);
            System.out.println("training run: " + pages + " pages, exit code " + code);
            System.exit(code);
        } finally {
            deleteTree(work);
        }
    }

    /** Copies each page found below {@code root} as {@code <its folder name>.html(.gz)}; returns how many. */
    static int copyPages(Path root, Path target) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> {
                String name = p.getFileName().toString();
                return Files.isRegularFile(p) && (name.endsWith(".html") || name.endsWith(".html.gz"));
            }).sorted().toList();
        }
        int n = 0;
        for (Path source : sources) {
            String name = source.getFileName().toString();
            String suffix = name.endsWith(".gz") ? ".html.gz" : ".html";
            Path parent = source.getParent();
            String id = (parent == null ? "page" : parent.getFileName().toString()) + "-" + n;
            Files.copy(source, target.resolve(id + suffix));
            n++;
        }
        return n;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
