/**
 * Grouping snapshots that carry no URL into articles by their text alone, and ordering each article's
 * versions. {@link dev.palimpsest.core.group.SnapshotGrouper} is the engine; its input is a list of
 * {@link dev.palimpsest.core.group.Snapshot}s and its output a {@link dev.palimpsest.core.group.Grouping}
 * of {@link dev.palimpsest.core.group.Chain}s.
 */
@NullMarked
package dev.palimpsest.core.group;

import org.jspecify.annotations.NullMarked;
