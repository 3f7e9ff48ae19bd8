/** Article histories: versions in order, sentence lineage threads, blame and stability figures. */
@NullMarked
package dev.palimpsest.core.history;

import org.jspecify.annotations.NullMarked;
