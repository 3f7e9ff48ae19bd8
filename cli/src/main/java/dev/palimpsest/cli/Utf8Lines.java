package dev.palimpsest.cli;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads lines of bytes, leaving their decoding to the caller, so that one line of bad bytes can be
 * reported as that line instead of ending the whole run or turning into replacement characters.
 */
final class Utf8Lines implements Closeable {

    /**
     * One line: its 1-based number and its bytes, without the line end. Decoding is left to whoever
     * processes the line, so that it happens on worker threads, not on the one reading the input.
     */
    record Line(long number, byte[] bytes) {

        boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private long number;
    private boolean eof;

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    Optional<Line> next() throws IOException {
        if (eof) {
            return Optional.empty();
        }
        buffer.reset();
        // Scan whole chunks for the newline: reading byte by byte was the main thread's bottleneck.
        boolean newline = false;
        while (!newline) {
            if (chunkPos == chunkEnd) {
                chunkEnd = in.read(chunk);
                chunkPos = 0;
                if (chunkEnd <= 0) {
                    chunkEnd = 0;
                    eof = true;
                    break;
                }
            }
            int start = chunkPos;
            while (chunkPos < chunkEnd && chunk[chunkPos] != '\n') {
                chunkPos++;
            }
            buffer.write(chunk, start, chunkPos - start);
            if (chunkPos < chunkEnd) {
                newline = true;
                chunkPos++;
            }
        }
        if (eof && buffer.size() == 0) {
            return Optional.empty();
        }
        number++;
        byte[] bytes = buffer.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return Optional.of(new Line(number, bytes));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
