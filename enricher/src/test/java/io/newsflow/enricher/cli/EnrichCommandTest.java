package io.newsflow.enricher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enricher.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EnrichCommandTest {

    @TempDir
    Path in;
    @TempDir
    Path out;

    @Test
    void writesOneJsonPerTextFileAndEndsWithTheThroughputLine() throws Exception {
        for (String name : Fixtures.ARTICLES) {
            Files.writeString(in.resolve(name + ".txt"), Fixtures.read("/articles/" + name + ".txt"));
        }
        Files.writeString(in.resolve("iria.txt"), Fixtures.read(Fixtures.EXAMPLE_PAGE));
        Files.writeString(in.resolve("notes.md"), "not an article");

        String printed = captureStdout(() -> EnrichCommand.run(in, out, 2));

        String[] lines = printed.strip().split("\\R");
        assertThat(lines[lines.length - 1]).matches("9 documents in \\d+\\.\\d\\d s \\(\\d+\\.\\d docs/s\\)");
        assertThat(out).isDirectoryContaining("glob:**/iria.json").isDirectoryNotContaining("glob:**/notes.json");
        JsonNode iria = JsonMapper.builder().build().readTree(out.resolve("iria.json").toFile());
        assertThat(iria.get("language").asString()).isEqualTo("en");
        assertThat(iria.get("entities").get(0).propertyNames()).containsExactly("name", "type", "score", "wikidataId");
        assertThat(iria.get("keywords").get(0).propertyNames()).containsExactly("text", "score");
        assertThat(iria.get("topics").get(0).propertyNames()).containsExactly("code", "label", "score");
        assertThat(iria.get("related")).hasSize(2);
        assertThat(iria.get("related").get(0).propertyNames()).containsExactly("id", "score");
        assertThat(iria.get("related").get(0).get("id").asString()).isEqualTo("nato-ukraine-air-defence");
    }

    @Test
    void argumentsNeedInAndOut() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> EnrichCommand.Arguments.parse(new String[] {"--in", in.toString()})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--out");
        EnrichCommand.Arguments parsed = EnrichCommand.Arguments.parse(
                new String[] {"--in", in.toString(), "--out", out.toString(), "--related", "7"});
        assertThat(parsed.related()).isEqualTo(7);
    }

    private interface Action {
        void run() throws Exception;
    }

    private static String captureStdout(Action action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
