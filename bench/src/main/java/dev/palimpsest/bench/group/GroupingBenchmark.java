package dev.palimpsest.bench.group;

import dev.palimpsest.core.group.Grouping;
import dev.palimpsest.core.group.Snapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark of {@code palimpsest group}: generates a heap of article versions from real sentences
 * ({@link HeapGenerator}), groups it with core's {@code SnapshotGrouper.standard()} ({@link CoreGrouper}) without timestamps, and
 * prints pairwise precision/recall/F1 of the grouping, order accuracy (exactly right, Kendall tau,
 * calibration of the reported confidence), snapshots per second and peak heap.
 *
 * <pre>
 * java -Xmx8g -cp core/target/classes:bench/target/classes:ICU4J:JSOUP dev.palimpsest.bench.group.GroupingBenchmark
 *     [--articles 2000 | --snapshots 100000] [--seed 42] [--corpus PATH]... [--versions 1-8]
 *     [--distractors 0.15] [--rewrites 0.04] [--word-change 0.6] [--rounds 1]
 * </pre>
 * Default corpus: the GUM news texts and the extraction benchmark's article bodies under
 * {@code ../shared/eval/}, and {@code samples/libya-2011}, whichever exist.
 */
public final class GroupingBenchmark {

    private GroupingBenchmark() {
    }

    public static void main(String[] args) {
        int articles = 2000;
        int snapshots = 0;
        long seed = 42;
        int minVersions = 1;
        int maxVersions = 8;
        double distractors = 0.15;
        double rewrites = 0.04;
        double wordChange = 0.6;
        int rounds = 1;
        List<Path> corpus = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(value);
                case "--snapshots" -> snapshots = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--corpus" -> corpus.add(Path.of(value));
                case "--versions" -> {
                    String[] range = value.split("-");
                    minVersions = Integer.parseInt(range[0]);
                    maxVersions = Integer.parseInt(range[range.length - 1]);
                }
                case "--distractors" -> distractors = Double.parseDouble(value);
                case "--rewrites" -> rewrites = Double.parseDouble(value);
                case "--word-change" -> wordChange = Double.parseDouble(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option: '" + args[i] + "'");
            }
            i++;
        }
        if (minVersions < 1 || maxVersions < minVersions) {
            throw new IllegalArgumentException("bad --versions range: " + minVersions + "-" + maxVersions);
        }
        if (corpus.isEmpty()) {
            for (String p : List.of("../shared/eval/segmentation/gum-news/gum_news_sbd.jsonl",
                    "../shared/eval/extraction/article-extraction-benchmark/ground-truth.json", "samples/libya-2011")) {
                if (Files.exists(Path.of(p))) {
                    corpus.add(Path.of(p));
                }
            }
        }
        SentenceCorpus sentences = SentenceCorpus.read(corpus);
        System.out.printf("corpus: %d sentences, %d word tokens from %d files (%s)%n",
                sentences.sentences().size(), sentences.words().size(), sentences.files(), corpus);

        long t0 = System.nanoTime();
        GeneratedHeap heap = new HeapGenerator(sentences, new HeapGenerator.Spec(articles, snapshots, minVersions,
                maxVersions, distractors, rewrites, wordChange, seed)).generate();
        System.out.printf("heap: %d snapshots of %d articles (%d distractors), versions %d-%d, generated in %.1f s%n",
                heap.snapshots().size(), heap.articles(), heap.distractors(), minVersions, maxVersions, (System.nanoTime() - t0) / 1e9);
        System.out.printf("edit steps: %s%n", heap.editCounts());

        CoreGrouper grouper = CoreGrouper.standard();
        List<Snapshot> input = grouper.snapshots(heap.snapshots());
        for (int round = 1; round <= rounds; round++) {
            System.gc();
            long before = heapUsed();
            resetPeaks();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            Grouping grouping = grouper.group(input);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            long peak = heapPeak();
            List<CoreGrouper.ChainView> chains = grouper.chains(grouping);
            GroupingScores s = GroupingScores.of(chains, heap);
            System.out.printf("round %d: %d chains in %.2f s = %.0f snapshots/s on %d cores (process CPU %.1f s = %.0f snapshots per CPU-second); heap before %d MB, peak %d MB%n",
                    round, chains.size(), seconds, heap.snapshots().size() / seconds,
                    Runtime.getRuntime().availableProcessors(), cpuSeconds, heap.snapshots().size() / cpuSeconds,
                    before >> 20, peak >> 20);
            if (round == 1) {
                System.out.printf("largest chains: %s%n", chains.stream().map(c -> c.ids().size())
                        .sorted(java.util.Comparator.reverseOrder()).limit(5).toList());
                report(s);
                ErrorAnalysis.of(chains, heap).forEach(line -> System.out.println("  " + line));
            }
        }
    }

    private static void report(GroupingScores s) {
        System.out.printf("grouping: pairwise precision %.4f, recall %.4f, F1 %.4f (%d true pairs, %d predicted)%n",
                s.precision(), s.recall(), s.f1(), s.truePairs(), s.predictedPairs());
        System.out.printf("articles found exactly: %d/%d = %.4f%n", s.exactArticles(), s.articles(),
                (double) s.exactArticles() / s.articles());
        System.out.printf("order (no timestamps, exact chains of >= 2): %d/%d = %.4f exactly right, mean Kendall tau %.4f%n",
                s.orderedRight(), s.orderedChains(), s.orderAccuracy(), s.meanKendallTau());
        System.out.printf("  path right up to direction: %d/%d = %.4f; direction right when the path is: %.4f%n",
                s.pathRight(), s.orderedChains(), (double) s.pathRight() / Math.max(1, s.orderedChains()),
                (double) s.orderedRight() / Math.max(1, s.pathRight()));
        System.out.println("  by chain length: " + String.join("; ", s.byLength()));
        s.calibration().forEach(line -> System.out.println("  " + line));
    }

    // Includes the JVM's own threads (GC, JIT): on a shared machine a steadier figure than wall time.
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0L;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    // The sum of each pool's peak: an upper bound of the true peak, as pools peak at different times.
    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
