package dev.palimpsest.ingest.internal;

import dev.palimpsest.core.text.BadInputException;
import java.nio.file.Path;
import java.util.Locale;

/** Small helpers for naming inputs in messages and defaults. */
public final class Inputs {

    private Inputs() {
    }

    /** The file or folder name without its data extensions: {@code ap} for {@code /data/ap.db.gz}. */
    public static String baseName(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        String s = name == null ? path.toString() : name.toString();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".gz", ".db", ".sqlite3", ".sqlite", ".jsonl", ".ndjson", ".json"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                s = s.substring(0, s.length() - ext.length());
                lower = lower.substring(0, lower.length() - ext.length());
            }
        }
        return s;
    }

    /** The reason of a {@link BadInputException}, without the input name it starts with. */
    public static String reason(BadInputException e) {
        String message = String.valueOf(e.getMessage());
        String prefix = e.input() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** An exception's message, or its type when it has none; first line only. */
    public static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }
}
