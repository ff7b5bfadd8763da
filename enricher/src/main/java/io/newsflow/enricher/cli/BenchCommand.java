package io.newsflow.enricher.cli;

import io.newsflow.enricher.CorpusIndex;
import io.newsflow.enricher.Document;
import io.newsflow.enricher.Enricher;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Throughput and memory bench: {@code --seeds DIR [--corpus N] [--enrich M] [--words W] [--threads T]}.
 * Indexes N synthetic W-word articles built from the seed texts on T threads (a sentence embedding each),
 * reports the heap the index holds,
 * then enriches M further articles (related articles included) on T threads and reports docs/s.
 * Run with {@code -Xmx768m} to check the enrich service's memory bar.
 *
 * <p>{@code --live} works as enrich-service does: each enriched article is then indexed (and visible to the
 * next query; indexed twice, as the service's listener and corpus feed both do), so the corpus grows while it is queried and the index is refreshed between queries.
 * {@code --live --corpus 30 --enrich 400} is the service's first minutes on a fresh stack.
 *
 * <p>{@code --index DIR} keeps the corpus in a Lucene directory, as enrich-service does with
 * {@code NEWSFLOW_ENRICH_CORPUS_DIR}, and commits it after indexing: a later run with the same directory and
 * seeds finds the articles already there and indexes only the missing ones, so a 50,000-article corpus is built
 * once (the generator is deterministic, so the articles are the same). Without {@code --live}, the enriched
 * articles are not added, and the kept corpus stays as it is.
 */
public final class BenchCommand {

    private static final int DEFAULT_CORPUS = 50_000;
    private static final int DEFAULT_ENRICH = 400;
    private static final int DEFAULT_WORDS = 600;
    private static final int RELATED = 5;

    /**
     * Enrichments run before timing starts, so the JIT has compiled the hot paths as in a running service
     * (the tagger's feature code takes a few hundred articles to reach full speed).
     */
    private static final int WARM_UP = 300;

    /** Synthetic articles generated (one thread), then indexed (all threads) at a time. */
    private static final int INDEX_BATCH = 2_000;

    private static final long BYTES_PER_MB = 1024 * 1024;

    private BenchCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path seeds = null;
        int corpusSize = DEFAULT_CORPUS;
        int enrich = DEFAULT_ENRICH;
        int words = DEFAULT_WORDS;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean live = false;
        Path indexDir = null;
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--live")) {
                live = true;
                i--;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("no value after " + args[i]);
            }
            switch (args[i]) {
                case "--seeds" -> seeds = Path.of(args[i + 1]);
                case "--corpus" -> corpusSize = Integer.parseInt(args[i + 1]);
                case "--enrich" -> enrich = Integer.parseInt(args[i + 1]);
                case "--words" -> words = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--index" -> indexDir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (seeds == null) {
            System.err.println("usage: BenchCommand --seeds DIR [--corpus N] [--enrich M] [--words W] [--threads T]"
                    + " [--live] [--index DIR]");
            System.exit(2);
        }
        CorpusIndex corpus = indexDir == null ? CorpusIndex.inMemory() : CorpusIndex.open(indexDir);
        run(new SyntheticCorpus(TextFiles.readAll(seeds), 42), corpus, corpusSize, enrich, words, threads, live);
    }

    private static void run(SyntheticCorpus synthetic, CorpusIndex index, int corpusSize, int enrich, int words,
                            int threads, boolean live) throws Exception {
        try (CorpusIndex corpus = index) {
            int kept = corpus.size();
            long started = System.nanoTime();
            for (int from = 0; from < corpusSize; from += INDEX_BATCH) {
                List<Document> batch = new ArrayList<>();
                for (int i = from; i < Math.min(corpusSize, from + INDEX_BATCH); i++) {
                    Document doc = synthetic.next("corpus-" + i, words);   // generated anyway: keeps the sequence
                    if (i >= kept) {
                        batch.add(doc);
                    }
                }
                forAll(batch, threads, corpus::add);
            }
            int added = corpus.size() - kept;   // also makes the last additions searchable, part of the cost
            double indexSeconds = seconds(started);
            if (corpus.onDisk()) {
                corpus.commit(Map.of());
            }
            System.out.printf(Locale.ROOT, "indexed %d articles of ~%d words (embeddings included) in %.1f s on %d threads"
                            + " (%.0f docs/s)%s; heap used after GC: %d MB%n",
                    added, words, indexSeconds, threads, added / indexSeconds,
                    kept > 0 ? ", " + kept + " kept on disk" : "", heapAfterGcMb());
            Enricher enricher = new Enricher(corpus);
            List<Document> work = new ArrayList<>();
            for (int i = 0; i < enrich + WARM_UP; i++) {
                work.add(synthetic.next("new-" + i, words));
            }
            Consumer<Document> step = live ? doc -> {
                enricher.enrich(doc, RELATED);
                corpus.add(doc);   // enrich-service's listener
                corpus.add(doc);   // and its corpus feed, reading the same article from the topic
            } : doc -> enricher.enrich(doc, RELATED);
            forAll(work.subList(0, WARM_UP), threads, doc -> enricher.enrich(doc, RELATED));   // the corpus stays as it is
            started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            double workerMsPerDoc = forAll(work.subList(WARM_UP, work.size()), threads, step) / 1e6 / enrich;
            double enrichSeconds = seconds(started);
            double cpuMsPerDoc = (processCpuNanos() - cpuStarted) / 1e6 / enrich;
            System.out.printf(Locale.ROOT, "enriched %d articles of ~%d words (embeddings and related included) against %d"
                            + "%s in %.2f s on %d threads: %.1f docs/s%n",
                    enrich, words, corpusSize, live ? " growing (each indexed after its enrichment)" : "",
                    enrichSeconds, threads, enrich / enrichSeconds);
            // Wall-clock docs/s depends on what else runs on the machine; CPU time per document does not
            // (much): at 100% of T cores, T * 1000 / (CPU ms per doc) is what an idle machine gives.
            System.out.printf(Locale.ROOT, "process CPU per enriched article: %.1f ms, i.e. %.1f docs/s on %d idle cores%n",
                    cpuMsPerDoc, threads * 1000 / cpuMsPerDoc, threads);
            // The process figure still includes the JIT compiling (C2 is busy for a minute or more after the
            // warm-up) and GC; the workers' own CPU is what a service that has run for a while spends.
            System.out.printf(Locale.ROOT, "worker-thread CPU per enriched article: %.1f ms, i.e. %.1f docs/s on %d idle"
                    + " cores once compiled%n", workerMsPerDoc, threads * 1000 / workerMsPerDoc, threads);
            if (!live) {   // related articles alone, the part that grows with the corpus, for as many new articles
                List<Document> more = new ArrayList<>();
                for (int i = 0; i < enrich; i++) {
                    more.add(synthetic.next("more-" + i, words));
                }
                double relatedMs = forAll(more, threads, doc -> corpus.related(doc, RELATED)) / 1e6 / enrich;
                System.out.printf(Locale.ROOT, "of which related-article search (query embedding included): %.1f ms"
                        + " worker CPU per article%n", relatedMs);
            }
            System.out.printf(Locale.ROOT, "heap used after GC with models loaded: %d MB (max heap %d MB)%n",
                    heapAfterGcMb(), Runtime.getRuntime().maxMemory() / BYTES_PER_MB);
        }
    }

    /** Runs work on every document on T threads; returns the CPU time the work took on those threads (ns). */
    private static long forAll(List<Document> docs, int threads, Consumer<Document> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        LongAdder cpu = new LongAdder();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Document doc : docs) {
                done.add(pool.submit(() -> {
                    long before = clock.getCurrentThreadCpuTime();
                    work.accept(doc);
                    cpu.add(clock.getCurrentThreadCpuTime() - before);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return cpu.sum();
        } finally {
            pool.shutdown();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapAfterGcMb() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / BYTES_PER_MB;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
