package dev.palimpsest.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The store contract on a real PostgreSQL 17. */
class PostgresStoreTest extends StoreContract {

    private String url;

    @Override
    Store openStore() {
        String u = EmbeddedPg.newDatabase();
        if (url == null) {
            url = u;
        }
        return Store.open(u);
    }

    @Override
    Store reopen() {
        return Store.open(url);
    }

    @Override
    void failOnThirdVersionThreads() {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION fail_steps() RETURNS trigger AS $$ BEGIN "
                    + "IF NEW.seq = 2 THEN RAISE EXCEPTION 'test failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
            s.execute("CREATE TRIGGER fail_steps BEFORE INSERT ON thread_steps FOR EACH ROW EXECUTE FUNCTION fail_steps()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
