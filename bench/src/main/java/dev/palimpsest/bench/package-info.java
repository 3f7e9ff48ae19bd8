/**
 * Throughput benchmark input: a seeded generator of realistic news version pairs in the JSON Lines
 * format that {@code palimpsest align} reads. Deliberately independent of core's aligner.
 */
@NullMarked
package dev.palimpsest.bench;

import org.jspecify.annotations.NullMarked;
