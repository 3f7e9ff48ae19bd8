package dev.palimpsest.cli.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 buffer that JSON is written into directly: literal syntax, numbers and escaped
 * strings, with no writer or encoder in between. Strings get Jackson's default escapes (short ones
 * for {@code \b \t \n \f \r}, {@code \}{@code u00XX} for other control characters, {@code \"} and
 * {@code \\}, nothing else), and a lone surrogate becomes {@code ?}, as Java's UTF-8 encoder writes
 * it. Reusable: {@link #reset} and write again. Not thread-safe.
 */
public final class JsonBytes {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");

    private byte[] bytes;
    private int length;
    /** Scratch copy of the string being written: an array loop is cheaper than charAt calls. */
    private char[] chars = new char[256];

    /** A buffer for an output line of batch alignment, some tens of kilobytes. */
    public JsonBytes() {
        this(1 << 15);
    }

    public JsonBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** The bytes of an ASCII literal, made once and written with {@link #literal}. */
    public static byte[] ascii(String literal) {
        return literal.getBytes(StandardCharsets.US_ASCII);
    }

    public void reset() {
        length = 0;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    public JsonBytes literal(byte[] ascii) {
        ensure(ascii.length);
        System.arraycopy(ascii, 0, bytes, length, ascii.length);
        length += ascii.length;
        return this;
    }

    public JsonBytes literal(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    public JsonBytes number(int value) {
        if (value < 0) {
            if (value == Integer.MIN_VALUE) {
                return literal(ascii(Integer.toString(value)));
            }
            literal('-');
            value = -value;
        }
        ensure(10);
        int digits = 1;
        for (int v = value; v >= 10; v /= 10) {
            digits++;
        }
        for (int at = length + digits - 1; at >= length; at--) {
            bytes[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
        return this;
    }

    /** As {@link Double#toString(double)} writes it, which is what Jackson writes. */
    public JsonBytes number(double value) {
        return literal(ascii(Double.toString(value)));
    }

    public JsonBytes bool(boolean value) {
        return literal(value ? TRUE : FALSE);
    }

    /** A quoted, escaped JSON string. */
    public JsonBytes string(String text) {
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        char[] in = chars;
        text.getChars(0, n, in, 0);
        ensure(n * 6 + 2); // at most six bytes a character, for a control character escape
        byte[] out = bytes;
        int at = length;
        out[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[at++] = (byte) c;
                } else {
                    at = escape(c, out, at);
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                int cp = Character.toCodePoint(c, in[++i]);
                out[at++] = (byte) (0xF0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[at++] = '?';
            }
        }
        out[at++] = '"';
        length = at;
        return this;
    }

    private static int escape(char c, byte[] out, int at) {
        out[at++] = '\\';
        switch (c) {
            case '"' -> out[at++] = '"';
            case '\\' -> out[at++] = '\\';
            case '\b' -> out[at++] = 'b';
            case '\t' -> out[at++] = 't';
            case '\n' -> out[at++] = 'n';
            case '\f' -> out[at++] = 'f';
            case '\r' -> out[at++] = 'r';
            default -> {
                out[at++] = 'u';
                out[at++] = '0';
                out[at++] = '0';
                out[at++] = HEX[c >> 4];
                out[at++] = HEX[c & 0xF];
            }
        }
        return at;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
        }
    }
}
