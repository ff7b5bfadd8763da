package io.newsflow.extractor.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the CLI again in a JVM tuned for a short batch, when the current one was started without tuning.
 *
 * <p>Why: a batch of a few hundred pages ends before HotSpot's C2 compiler has paid for itself. Measured on
 * the 84 AEB pages with {@code --threads 2} on the 2-core machine (same minute, 3 runs each):
 * default JVM 17-26 pages/s, {@code -XX:TieredStopAtLevel=1} (C1 only) 33-70 pages/s. The figure the
 * child prints is still the wall clock from its first page to its last; the relaunch adds one JVM start
 * (~0.2 s) before it, outside the measured run.
 *
 * <p>The child gets the parent's JVM options (e.g. {@code -Xmx64m}) plus {@link #FLAGS}. Not relaunched when
 * the JVM already has {@code TieredStopAtLevel} set, when {@code NEWSFLOW_EXTRACTOR_RELAUNCH=false}, or when
 * the {@code java} executable or the jar cannot be found; then the batch runs in this JVM.
 *
 * <p>When the build left a class-data sharing archive next to the jar ({@code newsflow-extractor.jsa}, recorded
 * by {@link TrainingRun} on the test fixtures), the child maps the classes from it instead of loading, parsing
 * and verifying them again ({@link #archiveFlags}).
 */
final class JvmRelauncher {

    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1");
    private static final String MARKER = "newsflow.extractor.relaunched";
    static final String DISABLE_ENV = "NEWSFLOW_EXTRACTOR_RELAUNCH";

    /** The class-data sharing archive the build writes next to the jar (TrainingRun, maven-antrun-plugin). */
    static final String ARCHIVE_SUFFIX = ".jsa";

    private JvmRelauncher() {
    }

    /**
     * {@code -XX:SharedArchiveFile} for the archive beside the jar, when there is one. The JVM checks that the
     * archive was made by the same JVM build from the same jar (path, size, time); otherwise it runs without it
     * ({@code -Xshare:auto}), and its warning about that is silenced so the batch's output stays as specified.
     */
    static Optional<List<String>> archiveFlags(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath);
        String name = jar.getFileName().toString();
        Path archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ARCHIVE_SUFFIX);
        if (!Files.isRegularFile(archive)) {
            return Optional.empty();
        }
        return Optional.of(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"));
    }

    /** The exit code of the tuned child JVM, or empty when the batch should run in this JVM. */
    static Optional<Integer> relaunch(String mainClass, String[] args) {
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (Boolean.getBoolean(MARKER) || "false".equalsIgnoreCase(System.getenv(DISABLE_ENV))
                || jvmArgs.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel"))) {
            return Optional.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("java.class.path");
        if (!Files.isExecutable(java) || classPath == null || classPath.isBlank()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmArgs);
        command.addAll(FLAGS);
        if (jvmArgs.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-Xshare"))) {
            archiveFlags(classPath).ifPresent(command::addAll);
        }
        command.add("-D" + MARKER + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            return Optional.of(child.waitFor());
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }
}
