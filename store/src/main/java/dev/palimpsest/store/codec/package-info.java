/** How alignments, word diffs and index lists are written into text columns and read back. */
@NullMarked
package dev.palimpsest.store.codec;

import org.jspecify.annotations.NullMarked;
