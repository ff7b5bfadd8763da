package io.newsflow.extractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmRelauncherTest {

    @TempDir
    Path dir;

    @Test
    void theArchiveBesideTheJarIsMappedAndItsMismatchWarningSilenced() throws Exception {
        Path jar = Files.writeString(dir.resolve("newsflow-extractor.jar"), "jar");
        Files.writeString(dir.resolve("newsflow-extractor.jsa"), "archive");

        List<String> flags = JvmRelauncher.archiveFlags(jar.toString()).orElseThrow();

        assertThat(flags).containsExactly("-XX:SharedArchiveFile=" + dir.resolve("newsflow-extractor.jsa"),
                "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    @Test
    void withoutAnArchiveOrWithAClassPathOfSeveralEntriesNothingIsAdded() throws Exception {
        Path jar = Files.writeString(dir.resolve("newsflow-extractor.jar"), "jar");
        assertThat(JvmRelauncher.archiveFlags(jar.toString())).isEmpty();

        Files.writeString(dir.resolve("newsflow-extractor.jsa"), "archive");
        assertThat(JvmRelauncher.archiveFlags(jar + File.pathSeparator + dir.resolve("other.jar"))).isEmpty();
        assertThat(JvmRelauncher.archiveFlags(dir.resolve("classes").toString())).isEmpty();
    }

    @Test
    void theTrainingRunTakesEveryFixturePageUnderTheFolder() throws Exception {
        Path pages = Path.of("src/test/resources/pages");
        long folders;
        try (var s = Files.list(pages)) {
            folders = s.filter(Files::isDirectory).count();
        }
        Path flat = Files.createDirectories(dir.resolve("flat"));

        int copied = TrainingRun.copyPages(pages, flat);

        assertThat(copied).isEqualTo((int) folders).isGreaterThan(20);
        assertThat(ExtractCommand.listPages(flat)).hasSize(copied);
    }
}
