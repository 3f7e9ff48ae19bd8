package dev.palimpsest.cli.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.palimpsest.render.ChangeNote;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.Blame;
import dev.palimpsest.core.history.SentenceThread;
import dev.palimpsest.core.history.ThreadStep;
import dev.palimpsest.core.history.VersionMeta;
import dev.palimpsest.core.history.VersionStats;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Writes an article history as JSON; the schema is documented in the README. */
public final class HistoryJson {

    private HistoryJson() {
    }

    public static void write(JsonGenerator g, ArticleHistory h, List<List<ChangeNote>> notes, String orderSource)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("order", h.orderBasis().name().toLowerCase(Locale.ROOT));
        g.writeStringField("order_source", orderSource);
        g.writeArrayFieldStart("versions");
        for (int v = 0; v < h.versions().size(); v++) {
            writeVersion(g, h, v, notes.get(v));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("steps");
        for (int v = 1; v < h.versions().size(); v++) {
            Alignment a = h.steps().get(v - 1);
            g.writeStartObject();
            g.writeNumberField("from", v - 1);
            g.writeNumberField("to", v);
            g.writeArrayFieldStart("edits");
            for (Edit e : a.edits()) {
                AlignmentJson.writeEdit(g, e);
            }
            g.writeEndArray();
            g.writeFieldName("summary");
            AlignmentJson.writeSummary(g, a.summary());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("threads");
        for (SentenceThread t : h.threads()) {
            writeThread(g, t);
        }
        g.writeEndArray();
        g.writeNumberField("last_changed_version", h.lastChangedVersion());
        if (h.timeToStability().isPresent()) {
            g.writeNumberField("seconds_to_stability", h.timeToStability().get().toSeconds());
        }
        g.writeEndObject();
    }

    private static void writeVersion(JsonGenerator g, ArticleHistory h, int v, List<ChangeNote> notes) throws IOException {
        VersionMeta meta = h.versions().get(v);
        g.writeStartObject();
        g.writeNumberField("index", v);
        g.writeStringField("label", meta.label());
        if (meta.time().isPresent()) {
            g.writeStringField("time", meta.time().get().toString());
        }
        if (meta.title().isPresent()) {
            g.writeStringField("title", meta.title().get());
        }
        var doc = h.documents().get(v);
        if (doc.dateline().isPresent()) {
            g.writeStringField("dateline", doc.dateline().get().place());
        }
        List<String> threadIds = h.threadIds(v);
        List<Blame> blame = h.blame(v);
        g.writeArrayFieldStart("sentences");
        for (var s : doc.sentences()) {
            g.writeStartObject();
            AlignmentJson.writeSentenceFields(g, s);
            g.writeStringField("role", s.role().name().toLowerCase(Locale.ROOT));
            g.writeStringField("thread", threadIds.get(s.index()));
            g.writeNumberField("introduced_in", blame.get(s.index()).introducedIn());
            g.writeNumberField("last_changed_in", blame.get(s.index()).lastChangedIn());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeStats(g, h.stats().get(v));
        g.writeArrayFieldStart("changes");
        for (ChangeNote n : notes) {
            g.writeStartObject();
            g.writeStringField("kind", n.kind());
            g.writeStringField("text", n.text());
            AlignmentJson.writeInts(g, "old", n.oldSentences());
            AlignmentJson.writeInts(g, "new", n.newSentences());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeStats(JsonGenerator g, VersionStats s) throws IOException {
        g.writeObjectFieldStart("stats");
        g.writeNumberField("sentences", s.sentences());
        g.writeNumberField("characters", s.characters());
        g.writeNumberField("unchanged", s.unchanged());
        g.writeNumberField("edited", s.edited());
        g.writeNumberField("added", s.added());
        g.writeNumberField("removed", s.removed());
        g.writeNumberField("moved", s.moved());
        g.writeNumberField("split", s.split());
        g.writeNumberField("merged", s.merged());
        g.writeNumberField("carried_over", Math.round(s.carriedOver() * 1000) / 1000.0);
        g.writeNumberField("churn", Math.round(s.churn() * 1000) / 1000.0);
        g.writeEndObject();
    }

    private static void writeThread(JsonGenerator g, SentenceThread t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeNumberField("first_version", t.firstVersion());
        if (t.forkedFrom().isPresent()) {
            g.writeStringField("forked_from", t.forkedFrom().get());
        }
        g.writeArrayFieldStart("steps");
        for (ThreadStep s : t.steps()) {
            g.writeStartObject();
            g.writeNumberField("version", s.version());
            g.writeStringField("kind", s.kind().name());
            if (s.kind().present()) {
                g.writeNumberField("sentence", s.sentence());
            }
            if (s.moved()) {
                g.writeBooleanField("moved", true);
            }
            if (s.otherThread().isPresent()) {
                g.writeStringField("other_thread", s.otherThread().get());
            }
            if (!s.words().ops().isEmpty() && !s.words().isIdentity()) {
                AlignmentJson.writeWords(g, s.words().ops());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
