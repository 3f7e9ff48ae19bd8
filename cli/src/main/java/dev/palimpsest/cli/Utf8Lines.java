package dev.palimpsest.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads lines of bytes and decodes each strictly as UTF-8, so that one line of bad bytes is
 * reported as that line instead of ending the whole run or turning into replacement characters.
 */
final class Utf8Lines implements Closeable {

    /** One line: its 1-based number and either its text or why it could not be decoded. */
    record Line(long number, String text, Optional<String> error) {
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private long number;
    private boolean eof;

    Utf8Lines(InputStream in) {
        this.in = new BufferedInputStream(in, 1 << 16);
    }

    Optional<Line> next() throws IOException {
        if (eof) {
            return Optional.empty();
        }
        buffer.reset();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            buffer.write(b);
        }
        if (b == -1) {
            eof = true;
            if (buffer.size() == 0) {
                return Optional.empty();
            }
        }
        number++;
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            String text = decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            return Optional.of(new Line(number, text, Optional.empty()));
        } catch (CharacterCodingException e) {
            return Optional.of(new Line(number, "", Optional.of("is not valid UTF-8")));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
