package dev.palimpsest.store.export;

/** Appends JSON values to a line being built; the store module has no JSON library. */
final class JsonText {

    private JsonText() {
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped; the rest kept as is (UTF-8 output). */
    static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** {@code "name": } before a value, with a comma unless it is the first member. */
    static StringBuilder name(StringBuilder out, String name) {
        char last = out.length() == 0 ? '{' : out.charAt(out.length() - 1);
        if (last != '{' && last != '[') {
            out.append(", ");
        }
        return string(out, name).append(": ");
    }
}
