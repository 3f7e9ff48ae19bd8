package dev.palimpsest.render;

import dev.palimpsest.core.align.AlignmentSummary;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.WordOp;
import dev.palimpsest.core.document.Document;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A terminal rendering of a diff: one line per change, word changes marked inline. With colour,
 * deletions are red and struck through, insertions green and underlined (never colour alone);
 * without, they read {@code [-old-]} and {@code {+new+}} like {@code git diff --word-diff}.
 */
public final class TextDiffRenderer {

    private static final String RESET = "\u001b[0m";
    private static final String DELETED = "\u001b[31;9m";
    private static final String INSERTED = "\u001b[32;4m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";
    private static final String MOVED = "\u001b[33m";
    private static final String ADDED_LINE = "\u001b[32m";
    private static final String DELETED_LINE = "\u001b[31m";

    private final boolean colour;
    private final boolean showUnchanged;

    public TextDiffRenderer(boolean colour, boolean showUnchanged) {
        this.colour = colour;
        this.showUnchanged = showUnchanged;
    }

    public void render(DiffView view, PrintWriter out) {
        Document oldDoc = view.oldDoc();
        Document newDoc = view.newDoc();
        out.println(style(BOLD, "--- " + view.oldLabel()) + "  (" + oldDoc.sentences().size() + " sentences, "
                + oldDoc.paragraphCount() + " paragraphs" + dateline(oldDoc) + ")");
        out.println(style(BOLD, "+++ " + view.newLabel()) + "  (" + newDoc.sentences().size() + " sentences, "
                + newDoc.paragraphCount() + " paragraphs" + dateline(newDoc) + ")");
        out.println(summaryLine(view.alignment().summary()));
        out.println();
        int hidden = 0;
        for (Edit edit : view.alignment().edits()) {
            if (edit instanceof Edit.Unchanged && !edit.moved() && !showUnchanged) {
                hidden++;
                continue;
            }
            if (hidden > 0) {
                out.println(style(DIM, "  … " + hidden + " unchanged sentence" + (hidden == 1 ? "" : "s") + " …"));
                hidden = 0;
            }
            out.println(line(edit, oldDoc, newDoc));
        }
        if (hidden > 0) {
            out.println(style(DIM, "  … " + hidden + " unchanged sentence" + (hidden == 1 ? "" : "s") + " …"));
        }
    }

    public static String summaryLine(AlignmentSummary s) {
        return s.unchanged() + " unchanged, " + s.edited() + " edited, " + s.added() + " added, " + s.deleted()
                + " deleted, " + s.moved() + " moved, " + s.split() + " split, " + s.merged() + " merged";
    }

    private String line(Edit edit, Document oldDoc, Document newDoc) {
        String where = refs("o", edit.oldIndices()) + (edit.oldIndices().isEmpty() || edit.newIndices().isEmpty() ? "" : "→")
                + refs("n", edit.newIndices());
        String moved = edit.moved() ? " " + style(MOVED, "(moved)") : "";
        if (edit instanceof Edit.Added a) {
            return style(ADDED_LINE, "+ [" + where + "] " + newDoc.sentences().get(a.newIndex()).text());
        }
        if (edit instanceof Edit.Deleted d) {
            return style(DELETED_LINE, "- [" + where + "] " + oldDoc.sentences().get(d.oldIndex()).text());
        }
        if (edit instanceof Edit.Unchanged u) {
            return "= [" + where + "]" + moved + " " + newDoc.sentences().get(u.newIndex()).text();
        }
        String marker = edit instanceof Edit.Split ? "< split" : edit instanceof Edit.Merged ? "> merged" : "~";
        return marker + " [" + where + "]" + moved + String.format(java.util.Locale.ROOT, " %.2f ", edit.similarity())
                + words(edit.words().ops());
    }

    private String words(List<WordOp> ops) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < ops.size()) {
            WordOp.Kind kind = ops.get(i).op();
            int j = i;
            StringBuilder run = new StringBuilder();
            while (j < ops.size() && ops.get(j).op() == kind) {
                run.append(ops.get(j).text());
                j++;
            }
            String text = run.toString();
            if (kind == WordOp.Kind.EQUAL) {
                sb.append(text);
            } else {
                String lead = text.substring(0, text.length() - text.stripLeading().length());
                String body = text.stripLeading();
                sb.append(lead);
                if (colour) {
                    sb.append(kind == WordOp.Kind.DELETE ? DELETED : INSERTED).append(body).append(RESET);
                } else {
                    sb.append(kind == WordOp.Kind.DELETE ? "[-" : "{+").append(body).append(kind == WordOp.Kind.DELETE ? "-]" : "+}");
                }
            }
            i = j;
        }
        return sb.toString().strip();
    }

    private static String refs(String prefix, List<Integer> indices) {
        return indices.stream().map(i -> prefix + i).collect(Collectors.joining(","));
    }

    private static String dateline(Document doc) {
        return doc.dateline().map(d -> ", dateline " + d.place()).orElse("");
    }

    private String style(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
