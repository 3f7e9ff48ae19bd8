/** JSON Lines input: one article version per line, grouped into articles by a two-pass index. */
@NullMarked
package dev.palimpsest.ingest.jsonl;

import org.jspecify.annotations.NullMarked;
