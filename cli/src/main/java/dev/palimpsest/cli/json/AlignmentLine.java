package dev.palimpsest.cli.json;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.AlignmentSummary;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.WordOp;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.Sentence;
import java.util.List;

/**
 * Writes the fields of the diff JSON ({@link AlignmentJson}'s shape, compact) straight into a
 * StringBuilder: the hot path of batch alignment, where a generator's layers of calls cost more than
 * the alignment itself. The output is character for character what {@link AlignmentJson} writes
 * through a compact Jackson generator (a test holds the two together): the same field order, the same
 * escapes (short ones for {@code \b \t \n \f \r}, {@code \}{@code u00XX} for other controls, nothing
 * else), numbers as {@link Integer#toString} and {@link Double#toString}.
 */
public final class AlignmentLine {

    private static final String[] OP_FIELDS = opFields();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AlignmentLine() {
    }

    /** Appends {@code "old":{...},"new":{...},"edits":[...],"summary":{...}} (no braces around). */
    public static void appendFields(StringBuilder out, Document oldDoc, Document newDoc, Alignment alignment) {
        out.append("\"old\":");
        appendDocument(out, oldDoc);
        out.append(",\"new\":");
        appendDocument(out, newDoc);
        out.append(",\"edits\":[");
        List<Edit> edits = alignment.edits();
        for (int i = 0; i < edits.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendEdit(out, edits.get(i));
        }
        out.append("],\"summary\":");
        appendSummary(out, alignment.summary());
    }

    private static void appendDocument(StringBuilder out, Document doc) {
        out.append("{\"sentences\":[");
        List<Sentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            out.append(i > 0 ? ",{\"index\":" : "{\"index\":").append(s.index())
                    .append(",\"paragraph\":").append(s.paragraph())
                    .append(",\"text\":");
            appendString(out, s.text());
            out.append('}');
        }
        out.append("]}");
    }

    private static void appendEdit(StringBuilder out, Edit edit) {
        out.append("{\"type\":\"").append(edit.type().name()).append('"');
        List<Integer> olds = edit.oldIndices();
        List<Integer> news = edit.newIndices();
        appendInts(out, ",\"old\":[", olds);
        appendInts(out, ",\"new\":[", news);
        if (!olds.isEmpty() && !news.isEmpty()) {
            out.append(",\"moved\":").append(edit.moved())
                    .append(",\"similarity\":").append(Math.round(edit.similarity() * 1000) / 1000.0);
            if (!(edit instanceof Edit.Unchanged)) {
                appendWords(out, edit.words().ops());
            }
        }
        out.append('}');
    }

    private static void appendInts(StringBuilder out, String open, List<Integer> values) {
        out.append(open);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(values.get(i).intValue());
        }
        out.append(']');
    }

    private static void appendWords(StringBuilder out, List<WordOp> ops) {
        out.append(",\"words\":[");
        for (int i = 0; i < ops.size(); i++) {
            WordOp op = ops.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append(OP_FIELDS[op.op().ordinal()]);
            appendString(out, op.text());
            out.append('}');
        }
        out.append(']');
    }

    private static void appendSummary(StringBuilder out, AlignmentSummary s) {
        out.append("{\"unchanged\":").append(s.unchanged())
                .append(",\"edited\":").append(s.edited())
                .append(",\"added\":").append(s.added())
                .append(",\"deleted\":").append(s.deleted())
                .append(",\"moved\":").append(s.moved())
                .append(",\"split\":").append(s.split())
                .append(",\"merged\":").append(s.merged())
                .append('}');
    }

    /** A JSON string with Jackson's default escapes; runs needing none are appended whole. */
    static void appendString(StringBuilder out, String text) {
        out.append('"');
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(text, run, text.length()).append('"');
    }

    private static String[] opFields() {
        WordOp.Kind[] kinds = WordOp.Kind.values();
        String[] fields = new String[kinds.length];
        for (WordOp.Kind k : kinds) {
            fields[k.ordinal()] = "{\"op\":\"" + k.name() + "\",\"text\":";
        }
        return fields;
    }
}
