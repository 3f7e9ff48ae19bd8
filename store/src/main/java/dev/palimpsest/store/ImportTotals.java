package dev.palimpsest.store;

/**
 * Running totals of a bulk import, for a progress bar and the final report.
 *
 * @param articles articles imported (failed ones not counted)
 * @param versionsStored new versions stored
 * @param reverts of those, reverts to an earlier text
 * @param unchanged observations that matched the version before them
 * @param duplicates observations already in the store, skipped
 * @param errors articles that failed with an {@link ImportException}
 * @param stopped whether the listener asked to stop at an error
 */
public record ImportTotals(long articles, long versionsStored, long reverts, long unchanged, long duplicates,
        long errors, boolean stopped) {

    public static final ImportTotals ZERO = new ImportTotals(0, 0, 0, 0, 0, 0, false);

    public ImportTotals plus(ImportResult r) {
        return new ImportTotals(articles + 1, versionsStored + r.versionsAdded(), reverts + r.reverts(),
                unchanged + r.unchanged(), duplicates + r.duplicates(), errors, stopped);
    }

    /** Both totals together (for an import of several inputs); stopped when either stopped. */
    public ImportTotals plus(ImportTotals other) {
        return new ImportTotals(articles + other.articles, versionsStored + other.versionsStored, reverts + other.reverts,
                unchanged + other.unchanged, duplicates + other.duplicates, errors + other.errors,
                stopped || other.stopped);
    }

    public ImportTotals plusError() {
        return new ImportTotals(articles, versionsStored, reverts, unchanged, duplicates, errors + 1, stopped);
    }

    public ImportTotals withStopped() {
        return new ImportTotals(articles, versionsStored, reverts, unchanged, duplicates, errors, true);
    }
}
