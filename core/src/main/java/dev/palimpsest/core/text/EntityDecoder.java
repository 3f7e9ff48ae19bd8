package dev.palimpsest.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Decodes HTML5 character references (all named ones, decimal and hex) in a range of raw text,
 * feeding each decoded character with its source range to a {@link TextBuilder}. Plain-text inputs
 * from news archives carry entities too ({@code &rsquo;}, {@code &mdash;}).
 */
final class EntityDecoder {

    private static final Pattern REFERENCE =
            Pattern.compile("&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};?)");

    private EntityDecoder() {
    }

    static void decode(String raw, int from, int to, TextBuilder out) {
        Matcher m = null; // made at the first '&': most paragraphs have none
        int pos = from;
        while (pos < to) {
            int amp = raw.indexOf('&', pos);
            if (amp < 0 || amp >= to) {
                copy(raw, pos, to, out);
                return;
            }
            copy(raw, pos, amp, out);
            if (m == null) {
                m = REFERENCE.matcher(raw);
            }
            // find(int) resets the matcher and searches the whole text; a match must end by `to`
            if (m.find(amp) && m.start() == amp && m.end() <= to) {
                pos = decodeReference(raw, amp, m.end(), out);
            } else {
                out.append('&', amp, amp + 1);
                pos = amp + 1;
            }
        }
    }

    // Returns where decoding continues. A reference without its semicolon may decode only a prefix
    // ("&notit;" reads as "¬it;"), so the undecoded tail is copied as ordinary characters.
    private static int decodeReference(String raw, int start, int end, TextBuilder out) {
        String reference = raw.substring(start, end);
        String decoded = Parser.unescapeEntities(reference, false);
        if (decoded.equals(reference)) {
            out.append('&', start, start + 1);
            return start + 1;
        }
        int tail = 0;
        while (tail < decoded.length() - 1 && tail < reference.length() - 1
                && decoded.charAt(decoded.length() - 1 - tail) == reference.charAt(reference.length() - 1 - tail)) {
            tail++;
        }
        int referenceEnd = end - tail;
        for (int i = 0; i < decoded.length() - tail; i++) {
            out.append(decoded.charAt(i), start, referenceEnd);
        }
        return referenceEnd;
    }

    private static void copy(String raw, int from, int to, TextBuilder out) {
        out.appendRaw(raw, from, to);
    }
}
