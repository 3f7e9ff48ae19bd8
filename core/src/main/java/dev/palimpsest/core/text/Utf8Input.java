package dev.palimpsest.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict decoding of article input bytes: refuses empty, binary, oversized and invalid UTF-8 input. */
public final class Utf8Input {

    /** Default refusal threshold for one input (bytes); larger pages are not articles. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private static final int SNIFF_BYTES = 8192;

    private Utf8Input() {
    }

    public static String decode(byte[] bytes, String inputName) {
        return decode(bytes, inputName, DEFAULT_MAX_BYTES);
    }

    /**
     * @throws BadInputException naming {@code inputName} when the bytes are not readable text
     */
    public static String decode(byte[] bytes, String inputName, int maxBytes) {
        checkSize(bytes.length, inputName, maxBytes);
        int offset = hasBom(bytes) ? 3 : 0;
        checkNotBinary(bytes, offset, inputName);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadInputException(inputName, "is not valid UTF-8 (bad byte at offset " + in.position() + ")");
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(inputName, "is not valid UTF-8 (truncated at the end)");
        }
        String text = out.flip().toString();
        if (text.isBlank()) {
            throw new BadInputException(inputName, "is empty");
        }
        return text;
    }

    /** Refuses an input by its size alone, before anyone reads it into memory. */
    public static void checkSize(long size, String inputName, int maxBytes) {
        if (size > maxBytes) {
            throw new BadInputException(inputName, String.format(java.util.Locale.ROOT,
                    "is %.1f MB, above the limit of %.1f MB", size / 1048576.0, maxBytes / 1048576.0));
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    // Text never holds NUL; many other C0 controls mean an image, archive or UTF-16 file.
    private static void checkNotBinary(byte[] bytes, int from, String inputName) {
        int end = Math.min(bytes.length, from + SNIFF_BYTES);
        int controls = 0;
        for (int i = from; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new BadInputException(inputName, "looks like a binary file (NUL byte at offset " + i + ")");
            }
            if (i < end && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (end > from && controls * 20 > end - from) {
            throw new BadInputException(inputName, "looks like a binary file (" + controls + " control bytes in the first "
                    + (end - from) + ")");
        }
    }
}
