package dev.palimpsest.core.history;

/**
 * Stability figures of one version against the previous one. {@code carriedOver}: share of this
 * version's characters that were already there (unchanged sentences and unchanged words of edited
 * ones). {@code churn}: inserted plus deleted characters over the characters of both versions.
 * The first version has all counts zero except {@code sentences}, and churn 0.
 */
public record VersionStats(int version, int sentences, int characters, int unchanged, int edited, int added,
        int removed, int moved, int split, int merged, double carriedOver, double churn) {
}
