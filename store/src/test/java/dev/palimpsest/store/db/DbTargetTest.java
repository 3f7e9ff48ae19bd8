package dev.palimpsest.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbTargetTest {

    @Test
    void a_path_names_an_sqlite_file() {
        DbTarget t = DbTarget.parse("palimpsest.db", Map.of());
        assertThat(t.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("palimpsest.db").toAbsolutePath());
    }

    @Test
    void a_postgresql_url_takes_user_and_password_from_the_environment_unless_given() {
        Map<String, String> env = Map.of(DbTarget.USER_ENV, "me", DbTarget.PASSWORD_ENV, "secret");
        DbTarget t = DbTarget.parse("jdbc:postgresql://db.example:5432/news", env);
        assertThat(t.dialect()).isEqualTo(Dialect.POSTGRES);
        assertThat(t.user()).contains("me");
        assertThat(t.password()).contains("secret");

        DbTarget inUrl = DbTarget.parse("jdbc:postgresql://db/news?user=u&password=p", env);
        assertThat(inUrl.user()).isEmpty();
        assertThat(inUrl.password()).isEmpty();
        assertThat(inUrl.description()).isEqualTo("jdbc:postgresql://db/news?user=u&password=***");
        assertThat(DbTarget.parse("postgresql://db/news", Map.of()).jdbcUrl()).isEqualTo("jdbc:postgresql://db/news");
    }

    @Test
    void other_databases_blank_options_and_folders_are_refused(@TempDir Path dir) {
        assertThatThrownBy(() -> DbTarget.parse("jdbc:mysql://x/y", Map.of())).hasMessageContaining("jdbc:mysql://x/y");
        assertThatThrownBy(() -> DbTarget.parse("  ", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DbTarget.parse(dir.toString(), Map.of())).hasMessageContaining("is a folder");
    }
}
