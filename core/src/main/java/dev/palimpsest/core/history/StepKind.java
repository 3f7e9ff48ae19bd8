package dev.palimpsest.core.history;

/** What happened to a sentence thread in one version. */
public enum StepKind {
    /** First appearance of the sentence. */
    ADDED,
    /** First appearance, as a part split off another thread's sentence. */
    FORKED,
    /** Present with the same text as in the previous version. */
    UNCHANGED,
    /** Present, rewritten from the previous version. */
    EDITED,
    /** Present, the remaining part of a sentence split into several. */
    SPLIT,
    /** Present, having absorbed other threads' sentences. */
    MERGED,
    /** Present again after being absent in earlier versions. */
    RETURNED,
    /** Gone in this version (was present in the previous one). */
    REMOVED,
    /** Gone into another thread's sentence in this version. */
    MERGED_AWAY,
    /** Still gone. */
    ABSENT;

    public boolean present() {
        return this != REMOVED && this != MERGED_AWAY && this != ABSENT;
    }

    /** Whether this step changed the sentence's text (or brought it into being). */
    public boolean changes() {
        return this == ADDED || this == FORKED || this == EDITED || this == SPLIT || this == MERGED
                || this == RETURNED;
    }
}
