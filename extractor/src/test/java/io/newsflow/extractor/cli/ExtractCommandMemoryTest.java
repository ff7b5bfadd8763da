package io.newsflow.extractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extractor.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory bar of the issue: a 5 MB page extracts in a JVM limited to 64 MB of heap. */
class ExtractCommandMemoryTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void fiveMegabytePageExtractsWithin64MegabytesOfHeap() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("big.html"), bigPage(), StandardCharsets.UTF_8);
        assertThat(Files.size(in.resolve("big.html"))).isGreaterThanOrEqualTo(FIVE_MB);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                ExtractCommand.class.getName(), "--in", in.toString(), "--out", dir.resolve("out").toString(),
                "--threads", "1")).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError").contains("1 pages in");
        assertThat(Files.readString(dir.resolve("out/big.json"))).contains("The European Space Agency says");
    }

    /** A real article page followed by some 5 MB of further real page bodies, as one document. */
    private static String bigPage() {
        String article = new String(Fixtures.page("ctvnews-snooze-cruise"), StandardCharsets.UTF_8);
        String filler = new String(Fixtures.page("thehill-omar-threat"), StandardCharsets.UTF_8)
                .replaceAll("(?s)^.*?<body[^>]*>|</body>.*$", "");
        StringBuilder html = new StringBuilder(article.replaceAll("(?s)</body>.*$", ""));
        while (html.length() < FIVE_MB) {
            html.append("<div class=\"more\">").append(filler).append("</div>");
        }
        return html.append("</body></html>").toString();
    }
}
