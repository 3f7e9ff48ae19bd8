/**
 * Simple sentence aligners that the {@link dev.palimpsest.core.align.Aligner} is measured against:
 * exact-match LCS, Python difflib's SequenceMatcher as news-diff tools use it, and greedy word-overlap
 * pairing. They share the aligner's edit assembly, so moves and word diffs are computed the same way.
 */
@NullMarked
package dev.palimpsest.core.align.baseline;

import org.jspecify.annotations.NullMarked;
