package dev.palimpsest.bench.store;

import dev.palimpsest.store.ImportException;
import dev.palimpsest.store.ImportListener;
import dev.palimpsest.store.ImportResult;
import dev.palimpsest.store.ImportTotals;
import dev.palimpsest.store.Store;
import dev.palimpsest.store.StoreCounts;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports generated articles into the store and reports throughput: rows/s (all tables), versions/s,
 * articles/s, database size and peak heap; then imports the same articles again (every version a
 * duplicate: nothing written) and reports that rate too. A benchmark, not a test: run it by hand.
 *
 * <pre>
 * mvn -q -pl core,ingest,store,bench -am package -DskipTests
 * java -cp "$(cat bench/target/classpath.txt)" dev.palimpsest.bench.store.ImportBenchmark \
 *     [--articles 10000] [--versions 5] [--seed 42] [--samples samples/libya-2011] \
 *     [--db bench/out/store-bench.db] [--pg jdbc:postgresql://localhost:5432/bench?user=me]
 * </pre>
 *
 * The SQLite file is deleted first. A PostgreSQL database given with {@code --pg} must be empty.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    private record Options(int articles, int versions, long seed, Path samples, Path db, List<String> pg) {
    }

    public static void main(String[] args) throws IOException {
        Options o = parse(args);
        PrintStream out = System.out;
        SamplePool pool = SamplePool.load(o.samples());
        out.printf(Locale.ROOT, "store import benchmark: %d articles x %d versions, seed %d, %d sample sentences, %d cores%n",
                o.articles(), o.versions(), o.seed(), pool.size(), Runtime.getRuntime().availableProcessors());
        Files.createDirectories(o.db().toAbsolutePath().getParent());
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(o.db() + suffix));
        }
        run("sqlite", o.db().toString(), pool, o, out);
        for (String url : o.pg()) {
            run("postgresql", url, pool, o, out);
        }
    }

    private static void run(String label, String db, SamplePool pool, Options o, PrintStream out) {
        try (Store store = Store.open(db)) {
            resetPeakHeap();
            Progress progress = new Progress(out, o.articles());
            long start = System.nanoTime();
            ImportTotals totals = store.importAll(new VersionedArticles(pool, o.articles(), o.versions(), o.seed()), progress);
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.finish();
            StoreCounts counts = store.counts();
            long size = store.sizeOnDisk();
            long peakHeap = peakHeap();

            long againStart = System.nanoTime();
            ImportTotals again = store.importAll(new VersionedArticles(pool, o.articles(), o.versions(), o.seed()),
                    ImportListener.NONE);
            double againSeconds = (System.nanoTime() - againStart) / 1e9;
            if (!store.counts().equals(counts)) {
                throw new IllegalStateException("re-import changed the store: " + counts + " -> " + store.counts());
            }

            out.printf(Locale.ROOT, "%n[%s] %s%n", label, store.description());
            out.printf(Locale.ROOT, "  import:    %.1f s, %d articles, %d versions stored (%d reverts, %d unchanged), %d errors%n",
                    seconds, totals.articles(), totals.versionsStored(), totals.reverts(), totals.unchanged(), totals.errors());
            out.printf(Locale.ROOT, "  rate:      %,.0f rows/s, %,.0f versions/s (stored), %,.0f observations/s, %,.0f articles/s%n",
                    counts.total() / seconds, totals.versionsStored() / seconds,
                    (double) (totals.versionsStored() + totals.unchanged()) / seconds, totals.articles() / seconds);
            out.printf(Locale.ROOT, "  rows:      %,d total: %s%n", counts.total(), counts);
            out.printf(Locale.ROOT, "  size:      %.1f MB on disk after the import (%.1f KB per version)%n",
                    size / 1048576.0, size / 1024.0 / Math.max(1, counts.versions()));
            out.printf(Locale.ROOT, "  heap:      %.0f MB peak (max %.0f MB)%n", peakHeap / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            out.printf(Locale.ROOT, "  re-import: %.1f s, %,.0f articles/s, %d duplicates, nothing written%n",
                    againSeconds, again.articles() / againSeconds, again.duplicates());
        }
        if (label.equals("sqlite")) {
            try {
                out.printf(Locale.ROOT, "  closed:    %.1f MB (WAL checkpointed into the file)%n",
                        Files.size(Path.of(db)) / 1048576.0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A progress line every 5%. */
    private static final class Progress implements ImportListener {
        private final PrintStream out;
        private final int total;
        private final long start = System.nanoTime();
        private int shown;

        Progress(PrintStream out, int total) {
            this.out = out;
            this.total = total;
        }

        @Override
        public void imported(ImportResult result, ImportTotals soFar) {
            int percent = (int) (soFar.articles() * 100 / Math.max(1, total));
            if (percent >= shown + 5) {
                shown = percent - percent % 5;
                out.printf(Locale.ROOT, "  %3d%%  %,d articles  %.1f s%n", shown, soFar.articles(),
                        (System.nanoTime() - start) / 1e9);
            }
        }

        @Override
        public boolean failed(ImportException error, ImportTotals soFar) {
            out.println("  error: " + error.getMessage());
            return true;
        }

        void finish() {
            out.flush();
        }
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static Options parse(String[] args) {
        int articles = 10_000;
        int versions = 5;
        long seed = 42;
        Path samples = Path.of("samples", "libya-2011");
        Path db = Path.of("bench", "out", "store-bench.db");
        List<String> pg = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(value);
                case "--versions" -> versions = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--samples" -> samples = Path.of(value);
                case "--db" -> db = Path.of(value);
                case "--pg" -> pg.add(value);
                default -> throw new IllegalArgumentException("unknown option \"" + args[i] + "\"; see the class comment");
            }
            i++;
        }
        return new Options(articles, versions, seed, samples, db, pg);
    }
}
