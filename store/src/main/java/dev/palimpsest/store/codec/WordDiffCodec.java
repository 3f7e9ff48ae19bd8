package dev.palimpsest.store.codec;

import dev.palimpsest.core.align.WordDiff;
import dev.palimpsest.core.align.WordOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Word diffs as text: every op is its sign ({@code =}, {@code -}, {@code +}), the length of its text
 * in chars, a colon and the text, one after another: {@code =3:The-7: east’s+9: region’s}. Any text
 * round-trips, whatever characters it holds.
 */
public final class WordDiffCodec {

    private WordDiffCodec() {
    }

    public static String encode(WordDiff diff) {
        StringBuilder sb = new StringBuilder();
        for (WordOp op : diff.ops()) {
            sb.append(switch (op.op()) {
                case EQUAL -> '=';
                case DELETE -> '-';
                case INSERT -> '+';
            });
            sb.append(op.text().length()).append(':').append(op.text());
        }
        return sb.toString();
    }

    /** @throws IllegalArgumentException when the text is not an encoded word diff */
    public static WordDiff decode(String text) {
        List<WordOp> ops = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            WordOp.Kind kind = switch (text.charAt(i)) {
                case '=' -> WordOp.Kind.EQUAL;
                case '-' -> WordOp.Kind.DELETE;
                case '+' -> WordOp.Kind.INSERT;
                default -> throw new IllegalArgumentException("bad word diff at " + i + ": " + abbreviate(text));
            };
            int colon = text.indexOf(':', i);
            if (colon < 0) {
                throw new IllegalArgumentException("bad word diff at " + i + ": " + abbreviate(text));
            }
            int length;
            try {
                length = Integer.parseInt(text, i + 1, colon, 10);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad word diff at " + i + ": " + abbreviate(text), e);
            }
            int start = colon + 1;
            if (length < 0 || start + length > text.length()) {
                throw new IllegalArgumentException("bad word diff at " + i + ": " + abbreviate(text));
            }
            ops.add(new WordOp(kind, text.substring(start, start + length)));
            i = start + length;
        }
        return new WordDiff(ops);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? "\"" + text + "\"" : "\"" + text.substring(0, 60) + "…\"";
    }
}
