package dev.palimpsest.store.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code --db} names: a SQLite file path (created if missing), or a {@code jdbc:postgresql://…}
 * URL with the user and password in the URL or in {@code PALIMPSEST_DB_USER} / {@code PALIMPSEST_DB_PASSWORD}.
 *
 * @param description how messages name the database: the file path, or the URL without its password
 */
public record DbTarget(Dialect dialect, String jdbcUrl, Optional<String> user, Optional<String> password,
        String description) {

    public static final String USER_ENV = "PALIMPSEST_DB_USER";
    public static final String PASSWORD_ENV = "PALIMPSEST_DB_PASSWORD";

    public DbTarget {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(description, "description");
    }

    /**
     * @throws IllegalArgumentException quoting the option when it is blank, another JDBC URL, or a folder
     */
    public static DbTarget parse(String option, Map<String, String> env) {
        String value = option.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("--db is empty: give a file path or a jdbc:postgresql:// URL");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:") || lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            String url = lower.startsWith("jdbc:") ? value : "jdbc:postgresql:" + value.substring(value.indexOf("//"));
            boolean userInUrl = lower.contains("user=");
            boolean passwordInUrl = lower.contains("password=");
            return new DbTarget(Dialect.POSTGRES, url,
                    userInUrl ? Optional.empty() : Optional.ofNullable(env.get(USER_ENV)).filter(s -> !s.isBlank()),
                    passwordInUrl ? Optional.empty() : Optional.ofNullable(env.get(PASSWORD_ENV)),
                    url.replaceAll("(?i)(password=)[^&]*", "$1***"));
        }
        if (lower.startsWith("jdbc:")) {
            throw new IllegalArgumentException("--db \"" + value + "\": only SQLite files and jdbc:postgresql:// URLs are supported");
        }
        String file = lower.startsWith("sqlite:") ? value.substring("sqlite:".length()) : value;
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException("--db \"" + value + "\" is a folder; give a database file such as "
                    + path.resolve("palimpsest.db"));
        }
        return new DbTarget(Dialect.SQLITE, "jdbc:sqlite:" + path, Optional.empty(), Optional.empty(), path.toString());
    }
}
