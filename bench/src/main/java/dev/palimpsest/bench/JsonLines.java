package dev.palimpsest.bench;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes the generator's JSON by hand, so the generator runs on the JDK alone
 * ({@code java -cp bench/target/classes ...}) without a dependency classpath.
 */
final class JsonLines {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonLines() {
    }

    /** Appends {@code s} as a JSON string literal (quotes included), escaping as RFC 8259 requires. */
    static void writeString(Writer out, String s) throws IOException {
        out.write('"');
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.write(s, from, i - from);
            from = i + 1;
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    out.write("\\u00");
                    out.write(HEX[c >> 4]);
                    out.write(HEX[c & 0xF]);
                }
            }
        }
        out.write(s, from, s.length() - from);
        out.write('"');
    }
}
