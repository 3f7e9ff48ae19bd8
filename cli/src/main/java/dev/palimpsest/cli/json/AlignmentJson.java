package dev.palimpsest.cli.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.AlignmentSummary;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.EditType;
import dev.palimpsest.core.align.WordOp;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.Sentence;
import java.io.IOException;
import java.util.List;

/**
 * Writes the documented diff shape:
 * {@code {"old": {"sentences": [...]}, "new": {...}, "edits": [...], "summary": {...}}}.
 */
public final class AlignmentJson {

    // Names quoted once: batch alignment writes millions of them.
    private static final SerializableString INDEX = new SerializedString("index");
    private static final SerializableString PARAGRAPH = new SerializedString("paragraph");
    private static final SerializableString TEXT = new SerializedString("text");
    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString MOVED = new SerializedString("moved");
    private static final SerializableString SIMILARITY = new SerializedString("similarity");
    private static final SerializableString OP = new SerializedString("op");
    private static final SerializableString[] OPS = names(WordOp.Kind.values());
    private static final SerializableString[] TYPES = names(EditType.values());

    private AlignmentJson() {
    }

    private static SerializableString[] names(Enum<?>[] values) {
        SerializableString[] names = new SerializableString[values.length];
        for (Enum<?> v : values) {
            names[v.ordinal()] = new SerializedString(v.name());
        }
        return names;
    }

    /** Writes the fields of the diff object; the caller opens and closes the object (batch mode adds "id"). */
    public static void writeFields(JsonGenerator g, Document oldDoc, Document newDoc, Alignment alignment)
            throws IOException {
        g.writeFieldName("old");
        writeDocument(g, oldDoc);
        g.writeFieldName("new");
        writeDocument(g, newDoc);
        g.writeArrayFieldStart("edits");
        for (Edit edit : alignment.edits()) {
            writeEdit(g, edit);
        }
        g.writeEndArray();
        g.writeFieldName("summary");
        writeSummary(g, alignment.summary());
    }

    public static void writeDiff(JsonGenerator g, Document oldDoc, Document newDoc, Alignment alignment)
            throws IOException {
        g.writeStartObject();
        writeFields(g, oldDoc, newDoc, alignment);
        g.writeEndObject();
    }

    static void writeDocument(JsonGenerator g, Document doc) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("sentences");
        for (Sentence s : doc.sentences()) {
            g.writeStartObject();
            writeSentenceFields(g, s);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void writeEdit(JsonGenerator g, Edit edit) throws IOException {
        g.writeStartObject();
        g.writeFieldName(TYPE);
        g.writeString(TYPES[edit.type().ordinal()]);
        writeInts(g, "old", edit.oldIndices());
        writeInts(g, "new", edit.newIndices());
        boolean matched = !edit.oldIndices().isEmpty() && !edit.newIndices().isEmpty();
        if (matched) {
            g.writeFieldName(MOVED);
            g.writeBoolean(edit.moved());
            g.writeFieldName(SIMILARITY);
            g.writeNumber(Math.round(edit.similarity() * 1000) / 1000.0);
            if (!(edit instanceof Edit.Unchanged)) {
                writeWords(g, edit.words().ops());
            }
        }
        g.writeEndObject();
    }

    static void writeSummary(JsonGenerator g, AlignmentSummary s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("unchanged", s.unchanged());
        g.writeNumberField("edited", s.edited());
        g.writeNumberField("added", s.added());
        g.writeNumberField("deleted", s.deleted());
        g.writeNumberField("moved", s.moved());
        g.writeNumberField("split", s.split());
        g.writeNumberField("merged", s.merged());
        g.writeEndObject();
    }

    /** The three fields every sentence has in every output: index, paragraph, text. */
    public static void writeSentenceFields(JsonGenerator g, Sentence s) throws IOException {
        g.writeFieldName(INDEX);
        g.writeNumber(s.index());
        g.writeFieldName(PARAGRAPH);
        g.writeNumber(s.paragraph());
        g.writeFieldName(TEXT);
        g.writeString(s.text());
    }

    /** {@code "words": [{"op": "EQUAL", "text": "The"}, ...]}. */
    public static void writeWords(JsonGenerator g, List<WordOp> ops) throws IOException {
        g.writeArrayFieldStart("words");
        for (WordOp op : ops) {
            g.writeStartObject();
            g.writeFieldName(OP);
            g.writeString(OPS[op.op().ordinal()]);
            g.writeFieldName(TEXT);
            g.writeString(op.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    public static void writeInts(JsonGenerator g, String field, List<Integer> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (int i : values) {
            g.writeNumber(i);
        }
        g.writeEndArray();
    }
}
