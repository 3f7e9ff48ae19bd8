/**
 * Store import benchmark: {@link dev.palimpsest.bench.store.ImportBenchmark} generates articles of
 * several versions from real news sentences ({@link dev.palimpsest.bench.store.VersionedArticles}) and
 * imports them into SQLite (and PostgreSQL when asked), reporting rows/s, versions/s, database size
 * and peak heap.
 */
@NullMarked
package dev.palimpsest.bench.store;

import org.jspecify.annotations.NullMarked;
