package io.newsflow.extractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extractor.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void readsPlainAndGzippedPagesAndWritesOneJsonEach() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        Files.write(in.resolve("plain.html"), Fixtures.page("thehill-omar-threat"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("zipped.html.gz")))) {
            gz.write(Fixtures.page("ctvnews-snooze-cruise"));
        }
        Files.writeString(in.resolve("ignored.txt"), "not a page");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();

        int status = ExtractCommand.run(Options.parse(new String[] {"--in", in.toString(), "--out", out.toString(),
            "--threads", "2"}), new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isZero();
        assertThat(out.resolve("plain.json")).exists();
        assertThat(out.resolve("ignored.json")).doesNotExist();
        JsonNode json = JsonMapper.builder().build().readTree(out.resolve("zipped.json").toFile());
        assertThat(json.get("articleBody").asString()).contains("The European Space Agency says");
        for (String field : new String[] {"title", "author", "date", "dateModified", "language", "siteName",
            "canonicalUrl", "description", "image", "categories", "tags", "links", "sources", "emptyReason"}) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        String[] lines = stdout.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("2 pages in \\d+\\.\\d+ s \\(\\d+\\.\\d pages/s\\)");
    }

    @Test
    void missingArgumentsAreReportedNotThrownAround() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Options.parse(new String[] {"--in"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--in");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Options.parse(new String[] {"--threads", "0",
            "--in", ".", "--out", "x"})).hasMessageContaining("at least 1");
    }
}
