/**
 * NewsEdits archives: SQLite files (optionally gzipped) with the raw table {@code entryversion},
 * one row per version of an article, bodies as HTML paragraphs joined by {@code </p><p>}.
 */
@NullMarked
package dev.palimpsest.ingest.newsedits;

import org.jspecify.annotations.NullMarked;
