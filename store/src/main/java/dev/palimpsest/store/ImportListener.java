package dev.palimpsest.store;

/**
 * Hears about every article of a bulk import ({@link Store#importAll}), on the thread that called
 * {@code importAll}, in input order.
 */
public interface ImportListener {

    /** Does nothing and goes on after errors. */
    ImportListener NONE = new ImportListener() { };

    /** One article was imported (possibly adding nothing). */
    default void imported(ImportResult result, ImportTotals soFar) {
    }

    /**
     * One article failed and nothing of it was written.
     *
     * @return true to go on with the next article ({@code --on-error skip}), false to stop
     *     ({@code --on-error stop}); articles already written stay written
     */
    default boolean failed(ImportException error, ImportTotals soFar) {
        return true;
    }
}
