package dev.palimpsest.cli.json;

import static dev.palimpsest.cli.json.JsonBytes.ascii;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.AlignmentSummary;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.EditType;
import dev.palimpsest.core.align.WordOp;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.Sentence;
import java.util.List;

/**
 * Writes the fields of the diff JSON ({@link AlignmentJson}'s shape, compact) straight into UTF-8
 * bytes: the hot path of batch alignment, where a generator's layers of calls and a separate
 * encoder cost more than the alignment itself. The bytes are exactly those of {@link AlignmentJson}
 * through a compact Jackson generator, encoded as UTF-8 (a test holds the two together).
 */
public final class AlignmentLine {

    private static final byte[] OLD = ascii("\"old\":{\"sentences\":[");
    private static final byte[] NEW = ascii("]},\"new\":{\"sentences\":[");
    private static final byte[] EDITS = ascii("]},\"edits\":[");
    private static final byte[] FIRST_INDEX = ascii("{\"index\":");
    private static final byte[] NEXT_INDEX = ascii(",{\"index\":");
    private static final byte[] PARAGRAPH = ascii(",\"paragraph\":");
    private static final byte[] TEXT = ascii(",\"text\":");
    private static final byte[] NEW_INDICES = ascii("],\"new\":[");
    private static final byte[] MOVED = ascii("],\"moved\":");
    private static final byte[] SIMILARITY = ascii(",\"similarity\":");
    private static final byte[] WORDS = ascii(",\"words\":[");
    private static final byte[] SUMMARY = ascii("],\"summary\":{\"unchanged\":");
    private static final byte[] EDITED = ascii(",\"edited\":");
    private static final byte[] ADDED = ascii(",\"added\":");
    private static final byte[] DELETED = ascii(",\"deleted\":");
    private static final byte[] MOVED_COUNT = ascii(",\"moved\":");
    private static final byte[] SPLIT = ascii(",\"split\":");
    private static final byte[] MERGED = ascii(",\"merged\":");
    private static final byte[][] TYPES = types();
    private static final byte[][] OPS = ops();

    private AlignmentLine() {
    }

    /** Writes {@code "old":{...},"new":{...},"edits":[...],"summary":{...}} (no braces around). */
    public static void writeFields(JsonBytes out, Document oldDoc, Document newDoc, Alignment alignment) {
        out.literal(OLD);
        writeSentences(out, oldDoc.sentences());
        out.literal(NEW);
        writeSentences(out, newDoc.sentences());
        out.literal(EDITS);
        List<Edit> edits = alignment.edits();
        for (int i = 0; i < edits.size(); i++) {
            if (i > 0) {
                out.literal(',');
            }
            writeEdit(out, edits.get(i));
        }
        AlignmentSummary s = alignment.summary();
        out.literal(SUMMARY).number(s.unchanged()).literal(EDITED).number(s.edited())
                .literal(ADDED).number(s.added()).literal(DELETED).number(s.deleted())
                .literal(MOVED_COUNT).number(s.moved()).literal(SPLIT).number(s.split())
                .literal(MERGED).number(s.merged()).literal('}');
    }

    private static void writeSentences(JsonBytes out, List<Sentence> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            out.literal(i > 0 ? NEXT_INDEX : FIRST_INDEX).number(s.index())
                    .literal(PARAGRAPH).number(s.paragraph())
                    .literal(TEXT).string(s.text()).literal('}');
        }
    }

    private static void writeEdit(JsonBytes out, Edit edit) {
        out.literal(TYPES[edit.type().ordinal()]);
        List<Integer> olds = edit.oldIndices();
        List<Integer> news = edit.newIndices();
        writeInts(out, olds);
        out.literal(NEW_INDICES);
        writeInts(out, news);
        if (olds.isEmpty() || news.isEmpty()) {
            out.literal(']').literal('}');
            return;
        }
        out.literal(MOVED).bool(edit.moved())
                .literal(SIMILARITY).number(Math.round(edit.similarity() * 1000) / 1000.0);
        if (!(edit instanceof Edit.Unchanged)) {
            out.literal(WORDS);
            List<WordOp> ops = edit.words().ops();
            for (int i = 0; i < ops.size(); i++) {
                WordOp op = ops.get(i);
                if (i > 0) {
                    out.literal(',');
                }
                out.literal(OPS[op.op().ordinal()]).string(op.text()).literal('}');
            }
            out.literal(']');
        }
        out.literal('}');
    }

    private static void writeInts(JsonBytes out, List<Integer> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.literal(',');
            }
            out.number(values.get(i).intValue());
        }
    }

    private static byte[][] types() {
        byte[][] types = new byte[EditType.values().length][];
        for (EditType t : EditType.values()) {
            types[t.ordinal()] = ascii("{\"type\":\"" + t.name() + "\"" + ",\"old\":[");
        }
        return types;
    }

    private static byte[][] ops() {
        byte[][] ops = new byte[WordOp.Kind.values().length][];
        for (WordOp.Kind k : WordOp.Kind.values()) {
            ops[k.ordinal()] = ascii("{\"op\":\"" + k.name() + "\",\"text\":");
        }
        return ops;
    }
}
