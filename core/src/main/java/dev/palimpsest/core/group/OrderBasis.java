package dev.palimpsest.core.group;

/** What a chain's order rests on. */
public enum OrderBasis {
    /** Every snapshot of the chain had a time; the order is by time and certain. */
    TIMESTAMPS,
    /** Some time was missing; the order is the most plausible one by text similarity and growth. */
    SIMILARITY
}
