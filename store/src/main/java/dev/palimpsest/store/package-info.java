/**
 * Storage of article histories: {@link dev.palimpsest.store.Store} opens an embedded SQLite file or a
 * PostgreSQL database (same logical schema, Flyway migrations per dialect), imports article versions
 * one transaction per article, and answers the reads of the CLI and the web module: article lists,
 * versions, histories with change notes, recent changes, full-text search and statistics.
 *
 * <h2>Public ids</h2>
 * Articles and versions are named by 16 lowercase hex characters (64 bits of SHA-256), the same in
 * every database that holds the same data and stable across re-imports: an article's id hashes its
 * source and its first article key; a version's id hashes its article id, content hash and the time
 * it was seen (or, for an untimed version, its occurrence number). Numeric row ids stay internal.
 */
@NullMarked
package dev.palimpsest.store;

import org.jspecify.annotations.NullMarked;
