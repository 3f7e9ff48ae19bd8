package dev.palimpsest.store;

/**
 * Imports generated articles into an SQLite file and prints {@code imported N} after each one, so
 * that {@link CrashImportTest} can kill it in the middle. Arguments: database file, article count, seed.
 */
public final class CrashImportMain {

    private CrashImportMain() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(args[0])) {
            store.importAll(new GeneratedArticles(Integer.parseInt(args[1]), Long.parseLong(args[2])), new ImportListener() {
                @Override
                public void imported(ImportResult result, ImportTotals soFar) {
                    System.out.println("imported " + soFar.articles());
                    System.out.flush();
                }
            });
        }
        System.out.println("done");
    }
}
