/**
 * Reading article versions from outside: {@link dev.palimpsest.ingest.VersionSource} hands out the
 * versions of one article at a time as {@link dev.palimpsest.ingest.IncomingVersion}s, and reports
 * bad rows as {@link dev.palimpsest.ingest.IngestProblem}s to a {@link dev.palimpsest.ingest.ProblemHandler}
 * that decides whether to skip them or stop. Readers live in {@code folder}, {@code jsonl} and
 * {@code newsedits}; {@link dev.palimpsest.ingest.VersionSources} picks one for a path.
 */
@NullMarked
package dev.palimpsest.ingest;

import org.jspecify.annotations.NullMarked;
