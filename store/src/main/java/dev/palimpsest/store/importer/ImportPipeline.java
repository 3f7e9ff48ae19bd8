package dev.palimpsest.store.importer;

import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.store.ImportException;
import dev.palimpsest.store.ImportListener;
import dev.palimpsest.store.ImportResult;
import dev.palimpsest.store.ImportTotals;
import dev.palimpsest.store.StoreException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bulk import: a feeder thread reads articles from the iterator and hands them to a pool of workers
 * (parse, read, align, analyse), the calling thread writes them one transaction each in input order.
 * A bounded queue of pending articles keeps memory flat and makes the feeder wait when the writer
 * falls behind.
 */
public final class ImportPipeline {

    /** Pending articles per worker. */
    public static final int QUEUE_PER_WORKER = 4;

    private final ArticleImporter importer;
    private final int workers;

    public ImportPipeline(ArticleImporter importer, int workers) {
        this.importer = Objects.requireNonNull(importer, "importer");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        this.workers = workers;
    }

    /** As many workers as the machine has cores. */
    public static ImportPipeline standard(ArticleImporter importer) {
        return new ImportPipeline(importer, Runtime.getRuntime().availableProcessors());
    }

    public ImportTotals run(Iterator<List<IncomingVersion>> articles, ImportListener listener) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(listener, "listener");
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "palimpsest-import-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<ArticleImporter.Prepared>> queue = new ArrayBlockingQueue<>(workers * QUEUE_PER_WORKER);
        Future<ArticleImporter.Prepared> end = CompletableFuture.completedFuture(null);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<RuntimeException> feederFailure = new AtomicReference<>();
        Thread feeder = new Thread(() -> {
            try {
                while (!stop.get() && articles.hasNext()) {
                    List<IncomingVersion> article = List.copyOf(articles.next());
                    queue.put(pool.submit(() -> importer.prepare(article)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                feederFailure.set(e);
            } finally {
                putQuietly(queue, end);
            }
        }, "palimpsest-import-feeder");
        feeder.setDaemon(true);
        feeder.start();

        ImportTotals totals = ImportTotals.ZERO;
        try {
            while (true) {
                Future<ArticleImporter.Prepared> next = queue.take();
                if (next == end) {
                    break;
                }
                try {
                    ImportResult result = importer.store(next.get());
                    totals = totals.plus(result);
                    listener.imported(result, totals);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof ImportException error)) {
                        throw rethrow(e.getCause());
                    }
                    totals = totals.plusError();
                    if (!listener.failed(error, totals)) {
                        totals = totals.withStopped();
                        break;
                    }
                } catch (ImportException error) {
                    // Planning again inside the writer can refuse too.
                    totals = totals.plusError();
                    if (!listener.failed(error, totals)) {
                        totals = totals.withStopped();
                        break;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("import interrupted", e);
        } finally {
            stop.set(true);
            pool.shutdownNow();
            // Unblock a feeder waiting for room in the queue.
            while (feeder.isAlive()) {
                queue.clear();
                try {
                    feeder.join(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (feederFailure.get() != null) {
            throw feederFailure.get();
        }
        return totals;
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r && !(cause instanceof CancellationException)) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new StoreException("import failed: " + cause, cause);
    }

    private static <T> void putQuietly(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
