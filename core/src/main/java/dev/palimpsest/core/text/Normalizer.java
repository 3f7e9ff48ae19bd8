package dev.palimpsest.core.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Turns raw article input into {@link NormalizedText}: decodes entities, strips tags (paragraphs from
 * block elements and {@code <br>}), applies Unicode NFC, collapses whitespace and keeps a map back to
 * the original. Keeps what the reader saw: curly quotes and dashes are not folded here.
 * Immutable and thread-safe.
 */
public final class Normalizer {

    /** Elements whose content a reader never sees as article text. */
    private static final Set<String> HIDDEN = Set.of(
            "script", "style", "noscript", "template", "head", "title", "iframe", "svg", "math",
            "object", "embed", "canvas", "select", "option", "button", "input", "textarea");

    /** Elements that start and end a paragraph. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
            "dd", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody", "section",
            "article", "header", "footer", "aside", "nav", "figure", "figcaption", "main", "address",
            "body", "html", "caption", "details", "summary", "center");

    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n[\\p{Zs}\\t\\x0B\\f\\r]*\\n");

    /** Lines up to this long may be hard wrapped; longer lines are paragraphs. */
    private static final int HARD_WRAP_WIDTH = 100;

    private static final Normalizer STANDARD = new Normalizer();

    private Normalizer() {
    }

    public static Normalizer standard() {
        return STANDARD;
    }

    public NormalizedText normalize(String input, InputFormat format) {
        return format == InputFormat.HTML ? normalizeHtml(input) : normalizeText(input);
    }

    /**
     * Plain text: blank lines separate paragraphs, and so do single newlines unless the text is hard
     * wrapped (short lines that mostly end mid-sentence), where a single newline is just a space.
     */
    public NormalizedText normalizeText(String input) {
        return readText(input, false);
    }

    // Source offsets are left out at first and made by reading the input again when first asked for.
    private NormalizedText readText(String input, boolean trackSources) {
        TextBuilder out = new TextBuilder(input.length(), trackSources);
        boolean softWraps = isHardWrapped(input);
        Matcher blank = BLANK_LINE.matcher(input);
        // Scanned as an array: with the quick JIT, String.indexOf is a call per character.
        char[] raw = input.toCharArray();
        // Looked for once: searching each paragraph would scan the rest of the text every time.
        boolean entities = indexOf(raw, '&', 0) >= 0;
        int pos = 0;
        while (pos < input.length()) {
            int breakAt;
            int resumeAt;
            if (!softWraps) {
                breakAt = indexOf(raw, '\n', pos);
                breakAt = breakAt < 0 ? input.length() : breakAt;
                resumeAt = breakAt + 1;
            } else if (blank.find(pos)) {
                breakAt = blank.start();
                resumeAt = blank.end();
            } else {
                breakAt = input.length();
                resumeAt = breakAt;
            }
            if (entities) {
                EntityDecoder.decode(input, pos, breakAt, out);
            } else {
                out.appendRaw(raw, pos, breakAt);
            }
            out.breakParagraph();
            pos = Math.max(resumeAt, pos + 1);
        }
        return out.build(input, () -> readText(input, true).sources());
    }

    private static int indexOf(char[] text, char c, int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Hard wrapping: no line longer than a terminal's width and most lines ending mid-sentence. */
    static boolean isHardWrapped(String input) {
        int lines = 0;
        int endsSentence = 0;
        // Each line stripped of whitespace, as split("\n") then strip() would give, without copies.
        for (int lineStart = 0; lineStart < input.length(); ) {
            int lineEnd = input.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? input.length() : lineEnd;
            int from = lineStart;
            int to = lineEnd;
            while (from < to && Character.isWhitespace(input.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(input.charAt(to - 1))) {
                to--;
            }
            lineStart = lineEnd + 1;
            if (from == to) {
                continue;
            }
            if (to - from > HARD_WRAP_WIDTH) {
                return false;
            }
            lines++;
            if (".!?:\"”’)".indexOf(input.charAt(to - 1)) >= 0) {
                endsSentence++;
            }
        }
        return lines >= 3 && endsSentence * 2 < lines;
    }

    public NormalizedText normalizeHtml(String input) {
        return readHtml(input, false);
    }

    private NormalizedText readHtml(String input, boolean trackSources) {
        var document = Jsoup.parse(input, "", Parser.htmlParser().setTrackPosition(true));
        TextBuilder out = new TextBuilder(input.length() / 2, trackSources);
        document.traverse(new NodeVisitor() {
            private int hiddenDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (HIDDEN.contains(tag)) {
                        hiddenDepth++;
                    } else if (BLOCKS.contains(tag) && hiddenDepth == 0) {
                        out.breakParagraph();
                    }
                } else if (node instanceof TextNode textNode && hiddenDepth == 0) {
                    appendTextNode(input, textNode, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (HIDDEN.contains(tag)) {
                        hiddenDepth--;
                    } else if (BLOCKS.contains(tag) && hiddenDepth == 0) {
                        out.breakParagraph();
                    }
                }
            }
        });
        return out.build(input, () -> readHtml(input, true).sources());
    }

    // Maps the node's characters back to the raw source when jsoup tracked its range; when the raw
    // range does not decode to the same text (parser repairs), every character maps to the node start.
    private static void appendTextNode(String input, TextNode node, TextBuilder out) {
        String decoded = node.getWholeText();
        var range = node.sourceRange();
        if (range.isTracked()) {
            int start = range.start().pos();
            int end = range.end().pos();
            if (0 <= start && start <= end && end <= input.length()
                    && Parser.unescapeEntities(input.substring(start, end), false).equals(decoded)) {
                EntityDecoder.decode(input, start, end, out);
                return;
            }
            for (int i = 0; i < decoded.length(); i++) {
                out.append(decoded.charAt(i), Math.min(start, input.length()), Math.min(end, input.length()));
            }
            return;
        }
        for (int i = 0; i < decoded.length(); i++) {
            out.append(decoded.charAt(i), 0, 0);
        }
    }
}
