/**
 * Grouping snapshots that carry no URL into articles by their text alone, and ordering each article's
 * versions. {@link dev.palimpsest.core.group.SnapshotGrouper} is the engine; its input is a list of
 * {@link dev.palimpsest.core.group.Snapshot}s and its output a {@link dev.palimpsest.core.group.Grouping}
 * of {@link dev.palimpsest.core.group.Chain}s, each oldest first with the basis and confidence of its
 * order.
 *
 * <p>How, in short: MinHash signatures of word 5-gram shingles (one-permutation hashing) and LSH
 * banding link versions that share much of their text, without comparing all pairs; sentences found
 * in many separate articles are treated as boilerplate and the linking is redone without them; then
 * snapshots that share at least three long sentences verbatim or nearly so (an 8-word passage) are
 * linked too, which keeps heavy rewrites in their chain. Different stories on one topic are kept
 * apart by that evidence threshold, by ignoring boilerplate and by letting each set keep only its two
 * strongest sentence links. A chain without timestamps is ordered as the shortest path through
 * word-trigram distances, turned so that the text grows (and later weekdays come later).
 */
@NullMarked
package dev.palimpsest.core.group;

import org.jspecify.annotations.NullMarked;
