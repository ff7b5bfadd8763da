package io.newsflow.extractor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI (after {@code mvn package}) with the class-data sharing archive the build made: the relaunched
 * JVM maps classes from it, and a jar the archive no longer matches runs without it and without a warning.
 */
class CdsArchiveIT {

    private static final Path JAR = Path.of("target/newsflow-extractor.jar");
    private static final Path ARCHIVE = Path.of("target/newsflow-extractor.jsa");

    @TempDir
    Path dir;

    @Test
    void theRelaunchedCliLoadsItsClassesFromTheArchive() throws Exception {
        assumeTrue(Files.isRegularFile(JAR) && Files.isRegularFile(ARCHIVE), "packaged jar and archive");
        Path log = dir.resolve("class-load.log");
        List<String> out = runCli(JAR, "-Xlog:class+load=info:file=" + log);

        assertThat(Files.readAllLines(log)).anyMatch(l -> l.contains("io.newsflow.extractor.ArticleExtractor ")
                && l.contains("shared objects file (top)"));
        assertThat(out).containsExactly(out.get(out.size() - 1));
        assertThat(out.get(0)).matches("3 pages in \\d+\\.\\d+ s \\(\\d+\\.\\d pages/s\\)");
    }

    @Test
    void aJarTheArchiveDoesNotMatchRunsWithoutItAndWithoutWarnings() throws Exception {
        assumeTrue(Files.isRegularFile(JAR) && Files.isRegularFile(ARCHIVE), "packaged jar and archive");
        Path jar = Files.copy(JAR, dir.resolve("newsflow-extractor.jar"));
        Files.copy(ARCHIVE, dir.resolve("newsflow-extractor.jsa"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        List<String> out = runCli(jar);

        assertThat(out).containsExactly(out.get(out.size() - 1));
        assertThat(out.get(0)).matches("3 pages in \\d+\\.\\d+ s \\(\\d+\\.\\d pages/s\\)");
    }

    private List<String> runCli(Path jar, String... jvmArgs) throws IOException, InterruptedException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path pages = Path.of("src/test/resources/pages");
        for (String page : List.of("thehill-omar-threat", "ctvnews-snooze-cruise", "natgeo-wild-goats")) {
            Files.copy(pages.resolve(page).resolve("source.html.gz"), in.resolve(page + ".html.gz"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmArgs));
        command.addAll(List.of("-jar", jar.toString(), "--in", in.toString(), "--out", dir.resolve("out").toString(),
                "--threads", "2"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return new String(output, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
}
