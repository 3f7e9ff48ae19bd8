package dev.palimpsest.core.history;

/** For one sentence of one version: its thread, the version that introduced it and the one that last changed it. */
public record Blame(int sentence, String thread, int introducedIn, int lastChangedIn) {
}
