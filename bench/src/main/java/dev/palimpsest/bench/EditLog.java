package dev.palimpsest.bench;

/**
 * What the generator did to derive a new version: the ground truth of one pair, in edit counts.
 * {@code untouched} pairs have identical versions and all counts zero.
 */
record EditLog(boolean untouched, int ledeRewrites, int wordEdits, int deleted, int added,
        int paragraphMoves, int splits, int merges) {

    static final EditLog UNTOUCHED = new EditLog(true, 0, 0, 0, 0, 0, 0, 0);

    EditLog plus(EditLog other) {
        return new EditLog(untouched && other.untouched, ledeRewrites + other.ledeRewrites,
                wordEdits + other.wordEdits, deleted + other.deleted, added + other.added,
                paragraphMoves + other.paragraphMoves, splits + other.splits, merges + other.merges);
    }

    int total() {
        return ledeRewrites + wordEdits + deleted + added + paragraphMoves + splits + merges;
    }
}
