// Steady-state, one-thread cost per page of the extractor, comparable with Readability.js's warm figure
// (readability-bench.mjs with ROUNDS). Loads every page into memory, runs WARMUP rounds (JIT warm-up, not
// timed), then ROUNDS timed rounds over the same pages on the calling thread; prints the median round.
// usage: java -cp extractor/target/newsflow-extractor.jar extractor/bench/SteadyState.java DIR [WARMUP] [ROUNDS]
import io.newsflow.extractor.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

public class SteadyState {
    /** A round with less JIT compiling than this runs compiled code: steady state. */
    private static final long MAX_COMPILE_MS_PER_ROUND = 20;
    private static final int MAX_WARMUP_ROUNDS = 300;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".html")) {
                    pages.add(Files.readAllBytes(f));
                } else if (name.endsWith(".html.gz")) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                        pages.add(in.readAllBytes());
                    }
                }
            }
        }
        ArticleExtractor extractor = new ArticleExtractor();
        long sink = 0;
        // Warm-up: at least WARMUP rounds, then until the JIT has (nearly) stopped compiling. On a loaded machine the
        // compiler threads get little CPU and a fixed number of rounds would time half-compiled code.
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int warmed = 0;
        long compiling = Long.MAX_VALUE;
        while (warmed < warmup || (compiling > MAX_COMPILE_MS_PER_ROUND && warmed < MAX_WARMUP_ROUNDS)) {
            long before = jit.getTotalCompilationTime();
            for (byte[] page : pages) {
                sink += extractor.extract(page, null, null).articleBody().length();
            }
            compiling = jit.getTotalCompilationTime() - before;
            warmed++;
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        double[] rates = new double[rounds];
        double[] cpuRates = new double[rounds];
        double[] processRates = new double[rounds];
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < rounds; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long processCpu = os.getProcessCpuTime();
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            for (byte[] page : pages) {
                sink += extractor.extract(page, null, null).articleBody().length();
            }
            rates[r] = pages.size() / ((System.nanoTime() - start) / 1e9);
            cpuRates[r] = pages.size() / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
            processRates[r] = pages.size() / ((os.getProcessCpuTime() - processCpu) / 1e9);
            allocated += threads.getCurrentThreadAllocatedBytes() - bytes;
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        Arrays.sort(processRates);
        double median = rates[rounds / 2];
        double cpuMedian = cpuRates[rounds / 2];
        System.out.printf("steady state, one thread: %d pages x %d rounds (after %d warm-up rounds): median %.1f pages/s"
                + " (%.2f ms/page; rounds %.1f-%.1f); by CPU time: thread %.1f pages/s (%.2f ms/page), process"
                + " (with GC and JIT threads) %.1f pages/s; best round by thread CPU %.1f pages/s; allocated %.2f MB/page"
                + " [%d]%n", pages.size(), rounds, warmed, median, 1000 / median, rates[0], rates[rounds - 1], cpuMedian,
                1000 / cpuMedian, processRates[rounds / 2], cpuRates[rounds - 1],
                allocated / 1e6 / rounds / pages.size(), sink % 10);
    }
}
