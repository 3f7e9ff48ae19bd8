package dev.palimpsest.store;

/**
 * What one observation of an article found. Every imported version is one event; the versions of an
 * article are the runs of consecutive events with the same content.
 */
public enum EventKind {
    /** The article's first observation. */
    FIRST_SEEN,
    /** The text or title differed from the version before: a new version. */
    CHANGED,
    /** The same text and title as the version before: no new version, only a check. */
    UNCHANGED,
    /** The text and title of an earlier, not the latest, version came back: a new version pointing at it. */
    REVERTED,
    /** The page was gone (404/410); recorded by the fetcher, no version. */
    GONE,
    /** The page answered again after being gone; recorded by the fetcher, no version. */
    CAME_BACK;

    /** Whether this event starts a version. */
    public boolean startsVersion() {
        return this == FIRST_SEEN || this == CHANGED || this == REVERTED;
    }
}
