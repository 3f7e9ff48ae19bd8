/**
 * Exports of stored histories for research users: {@link dev.palimpsest.store.export.JsonLinesExporter}
 * (one JSON line per version, re-importable) and {@link dev.palimpsest.store.export.NewsEditsExporter}
 * (NewsEdits' processed tables {@code split_sentences}, {@code matched_sentences} and
 * {@code doc_level_stats}, as one SQLite file or one CSV per table), so that notebooks written for
 * NewsEdits can load our alignments.
 */
@NullMarked
package dev.palimpsest.store.export;

import org.jspecify.annotations.NullMarked;
