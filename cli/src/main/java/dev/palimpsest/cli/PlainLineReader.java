package dev.palimpsest.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the usual align input line, {@code {"id": 7, "old": "...", "new": ["...", ...]}}, in one
 * pass over its bytes, and declines anything else: other fields, other kinds of id, a byte out of
 * place, UTF-8 that is not plainly valid. A declined line goes to {@link AlignInput#read}, which
 * reads every line and reports errors in Jackson's words; for a line this reader accepts, both give
 * the same {@link AlignInput} (a test holds them together). The fast path exists because decoding
 * the texts is a tenth of a batch run, and a general parser decodes each character several times.
 * One reader per thread: it keeps its buffer from line to line.
 */
final class PlainLineReader {

    private byte[] line = new byte[0];
    private int at;
    /** Decoded characters of the string being read, reused from string to string. */
    private char[] chars = new char[1 << 12];

    /** The line, or empty when it is not of the plain shape (not necessarily wrong). */
    Optional<AlignInput> read(byte[] bytes) {
        line = bytes;
        at = 0;
        try {
            return Optional.of(object());
        } catch (Decline e) {
            return Optional.empty();
        }
    }

    private AlignInput object() {
        expect('{');
        byte[] id = null;
        AlignInput.Version old = AlignInput.Problem.MISSING;
        AlignInput.Version now = AlignInput.Problem.MISSING;
        if (peek() == '}') {
            return new AlignInput(null, old, now);
        }
        while (true) {
            String key = string();
            expect(':');
            switch (key) {
                case "id" -> id = id();
                case "old" -> old = version();
                case "new" -> now = version();
                default -> throw Decline.INSTANCE;
            }
            byte next = next();
            if (next == '}') {
                return new AlignInput(id, old, now); // what follows is ignored, as by the general reader
            }
            if (next != ',') {
                throw Decline.INSTANCE;
            }
        }
    }

    private AlignInput.Version version() {
        byte first = peek();
        if (first == '"') {
            return new AlignInput.Text(string());
        }
        if (first != '[') {
            throw Decline.INSTANCE;
        }
        at++;
        List<String> sentences = new ArrayList<>();
        if (peek() == ']') {
            at++;
            return new AlignInput.Sentences(sentences);
        }
        while (true) {
            sentences.add(string());
            byte next = next();
            if (next == ']') {
                return new AlignInput.Sentences(sentences);
            }
            if (next != ',') {
                throw Decline.INSTANCE;
            }
        }
    }

    /** A small non-negative integer id, as a number node prints it. */
    private byte[] id() {
        skipSpace();
        int start = at;
        while (at < line.length && line[at] >= '0' && line[at] <= '9') {
            at++;
        }
        int digits = at - start;
        boolean plain = digits > 0 && digits <= 9 && (line[start] != '0' || digits == 1);
        if (!plain || at < line.length && (line[at] == '.' || line[at] == 'e' || line[at] == 'E')) {
            throw Decline.INSTANCE;
        }
        return Arrays.copyOfRange(line, start, at);
    }

    /** A string: escapes decoded, UTF-8 decoded and checked; no control characters. */
    private String string() {
        if (next() != '"') {
            throw Decline.INSTANCE;
        }
        char[] chars = this.chars;
        int n = 0;
        while (true) {
            if (at >= line.length) {
                throw Decline.INSTANCE;
            }
            if (n + 2 > chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
                this.chars = chars;
            }
            int b = line[at++];
            if (b >= 0x20) {
                if (b == '"') {
                    return n == 0 ? "" : new String(chars, 0, n);
                }
                if (b == '\\') {
                    chars[n++] = escape();
                } else {
                    chars[n++] = (char) b;
                }
            } else if (b < 0) {
                n = decode(b & 0xFF, chars, n);
            } else {
                throw Decline.INSTANCE; // a raw control character
            }
        }
    }

    private char escape() {
        if (at >= line.length) {
            throw Decline.INSTANCE;
        }
        byte e = line[at++];
        switch (e) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (at + 4 > line.length) {
                    throw Decline.INSTANCE;
                }
                int value = 0;
                for (int k = 0; k < 4; k++) {
                    int digit = Character.digit(line[at++], 16);
                    if (digit < 0) {
                        throw Decline.INSTANCE;
                    }
                    value = value << 4 | digit;
                }
                return (char) value;
            default:
                throw Decline.INSTANCE;
        }
    }

    /** One UTF-8 sequence led by {@code lead}, shortest form, no surrogates; anything else declines. */
    private int decode(int lead, char[] chars, int n) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            chars[n++] = (char) ((lead & 0x1F) << 6 | continuation(0x80, 0xBF));
            return n;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            int second = continuation(lead == 0xE0 ? 0xA0 : 0x80, lead == 0xED ? 0x9F : 0xBF);
            chars[n++] = (char) ((lead & 0x0F) << 12 | second << 6 | continuation(0x80, 0xBF));
            return n;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            int second = continuation(lead == 0xF0 ? 0x90 : 0x80, lead == 0xF4 ? 0x8F : 0xBF);
            int cp = (lead & 0x07) << 18 | second << 12 | continuation(0x80, 0xBF) << 6 | continuation(0x80, 0xBF);
            chars[n++] = Character.highSurrogate(cp);
            chars[n++] = Character.lowSurrogate(cp);
            return n;
        }
        throw Decline.INSTANCE;
    }

    /** The six payload bits of a continuation byte in [min, max]. */
    private int continuation(int min, int max) {
        if (at >= line.length) {
            throw Decline.INSTANCE;
        }
        int b = line[at++] & 0xFF;
        if (b < min || b > max) {
            throw Decline.INSTANCE;
        }
        return b & 0x3F;
    }

    private void expect(char c) {
        if (next() != c) {
            throw Decline.INSTANCE;
        }
    }

    /** The next byte that is not JSON whitespace, consumed. */
    private byte next() {
        byte b = peek();
        at++;
        return b;
    }

    /** The next byte that is not JSON whitespace, not consumed. */
    private byte peek() {
        skipSpace();
        if (at >= line.length) {
            throw Decline.INSTANCE;
        }
        return line[at];
    }

    private void skipSpace() {
        while (at < line.length && (line[at] == ' ' || line[at] == '\t' || line[at] == '\r' || line[at] == '\n')) {
            at++;
        }
    }

    /** Not of the plain shape; thrown without a stack trace, as it is an answer, not a failure. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Decline INSTANCE = new Decline();

        private Decline() {
            super("not a plain align line", null, false, false);
        }
    }
}
