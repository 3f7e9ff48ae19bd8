package dev.palimpsest.cli;

import dev.palimpsest.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command takes: a SQLite file (default) or a PostgreSQL URL. */
final class DbOption {

    @Option(names = "--db", defaultValue = Store.DEFAULT_FILE, paramLabel = "PATH|URL",
            description = "SQLite file (default: ${DEFAULT-VALUE} in this folder) or jdbc:postgresql://host/db.")
    String db;

    Store open() {
        return Store.open(db);
    }
}
