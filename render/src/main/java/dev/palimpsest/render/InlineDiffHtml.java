package dev.palimpsest.render;

import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A diff in one column, for reading rather than comparing: each row is one sentence (or one split or
 * merged group) as it reads now, with deleted words struck through and inserted words underlined in
 * the same run of text; deleted sentences are struck through where they stood; a moved sentence shows
 * where it is now, marked "from sentence N", and leaves a "to sentence M" marker where it was. The rows,
 * their order, ids ({@code <prefix>r3}, {@code <prefix>o4}, {@code <prefix>n5}), folding of unchanged
 * runs and change navigation are those of the side-by-side view ({@link DiffHtml#rows}), so links and
 * keys work the same in both. All article text goes through {@link Html#escape}.
 */
public final class InlineDiffHtml {

    private InlineDiffHtml() {
    }

    public static void rows(DiffView view, String idPrefix, StringBuilder out) {
        out.append("<div class=\"rows inline\">\n");
        List<DiffRow> rows = DiffRows.of(view.alignment());
        if (rows.isEmpty()) {
            out.append("<p class=\"nothing\">Both versions are empty.</p>\n</div>\n");
            return;
        }
        Map<Edit, Integer> oldHalf = new HashMap<>();
        Map<Edit, Integer> newHalf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            DiffRow row = rows.get(i);
            if (row.side() == DiffRow.Side.OLD) {
                oldHalf.put(row.edit(), i);
            } else if (row.side() == DiffRow.Side.NEW) {
                newHalf.put(row.edit(), i);
            }
        }
        Writer writer = new Writer(view, idPrefix, oldHalf, newHalf);
        DiffHtml.appendRows(rows, writer::row, out);
        out.append("</div>\n");
    }

    private record Writer(DiffView view, String prefix, Map<Edit, Integer> oldHalf, Map<Edit, Integer> newHalf) {

        void row(int position, DiffRow row, StringBuilder out) {
            Edit edit = row.edit();
            Document doc = row.side() == DiffRow.Side.OLD ? view.oldDoc() : view.newDoc();
            List<Integer> shown = row.side() == DiffRow.Side.OLD ? row.oldIndices() : row.newIndices();
            boolean paragraph = startsParagraph(doc, shown);
            out.append("<div class=\"row k-").append(RowHtml.kind(edit)).append(' ')
                    .append(row.side().name().toLowerCase(Locale.ROOT)).append(edit.moved() ? " moved" : "")
                    .append(row.isChange() ? " chg" : "").append(paragraph ? " pb" : "").append("\" id=\"").append(prefix)
                    .append('r').append(position).append("\">\n");
            gutter(position, row, out);
            String cell = row.side() == DiffRow.Side.OLD ? "old" : edit instanceof Edit.Added ? "new" : "mix";
            out.append("<div class=\"cell ").append(cell).append("\">");
            if (row.side() == DiffRow.Side.OLD) {
                oldText(edit, out);
            } else {
                newText(row, edit, out);
            }
            out.append("</div>\n</div>\n");
        }

        /** A deleted sentence, or where a moved one was: its old text, struck through when it is gone. */
        private void oldText(Edit edit, StringBuilder out) {
            boolean gone = !edit.moved();
            for (int k = 0; k < edit.oldIndices().size(); k++) {
                Sentence s = view.oldDoc().sentences().get(edit.oldIndices().get(k));
                out.append(k == 0 ? "" : " ");
                open(s, true, out);
                if (gone) {
                    out.append("<del title=\"deleted\">");
                }
                Html.escapeTo(s.text(), out);
                out.append(gone ? "</del>" : "").append("</span>");
            }
        }

        /** The sentence as it reads now, its word changes (if any) in one run. */
        private void newText(DiffRow row, Edit edit, StringBuilder out) {
            List<Sentence> sentences = edit.newIndices().stream().map(i -> view.newDoc().sentences().get(i)).toList();
            // Links to an old sentence of this row land here; a moved edit's old half has its own row.
            if (row.side() == DiffRow.Side.BOTH) {
                for (int i : edit.oldIndices()) {
                    out.append("<span class=\"anchor\" id=\"").append(prefix).append('o').append(i).append("\"></span>");
                }
            }
            boolean words = (edit instanceof Edit.Edited || edit instanceof Edit.Split || edit instanceof Edit.Merged)
                    && !edit.words().ops().isEmpty() && !edit.words().isIdentity();
            if (words) {
                // A split or merge diffs the joined group: one run for all of it, numbered by its first sentence.
                open(sentences.get(0), false, out);
                for (int k = 1; k < sentences.size(); k++) {
                    out.append("<span class=\"anchor\" id=\"").append(prefix).append('n').append(sentences.get(k).index())
                            .append("\"></span>");
                }
                ThreadHtml.inline(edit.words(), out);
                out.append("</span>");
                return;
            }
            boolean added = edit instanceof Edit.Added;
            for (int k = 0; k < sentences.size(); k++) {
                Sentence s = sentences.get(k);
                out.append(k == 0 ? "" : " ");
                open(s, false, out);
                out.append(added ? "<ins title=\"inserted\">" : "");
                Html.escapeTo(s.text(), out);
                out.append(added ? "</ins>" : "").append("</span>");
            }
        }

        private void open(Sentence s, boolean old, StringBuilder out) {
            String version = old ? "old" : "new";
            out.append("<span class=\"s\" id=\"").append(prefix).append(old ? 'o' : 'n').append(s.index())
                    .append("\"><span class=\"num\" title=\"Sentence ").append(s.index() + 1).append(" of the ").append(version)
                    .append(" version\">").append(s.index() + 1).append("</span>");
            if (s.role() != SentenceRole.BODY) {
                String role = s.role().name().toLowerCase(Locale.ROOT);
                out.append("<span class=\"tag\" title=\"This sentence is a ").append(role).append("\">").append(role)
                        .append("</span>");
            }
        }

        private void gutter(int position, DiffRow row, StringBuilder out) {
            Edit edit = row.edit();
            out.append("<div class=\"gut\">");
            if (!(edit instanceof Edit.Unchanged) && !(row.side() == DiffRow.Side.OLD && edit.moved())) {
                out.append("<span class=\"badge b-").append(RowHtml.kind(edit)).append("\">").append(RowHtml.kind(edit))
                        .append("</span>");
            }
            if (row.side() == DiffRow.Side.OLD && edit.moved()) {
                int other = edit.newIndices().get(0);
                out.append("<a class=\"mv\" href=\"#").append(prefix).append('n').append(other)
                        .append("\" title=\"Moved: now sentence ").append(other + 1).append(" of the new version\">moved ")
                        .append(arrow(position, newHalf.getOrDefault(edit, position))).append(" <span class=\"mvw\">to sentence ")
                        .append(other + 1).append("</span></a>");
            } else if (row.side() == DiffRow.Side.NEW && edit.moved()) {
                int other = edit.oldIndices().get(0);
                out.append("<a class=\"mv\" href=\"#").append(prefix).append('o').append(other)
                        .append("\" title=\"Moved: this was sentence ").append(other + 1).append(" of the old version\">moved ")
                        .append(arrow(position, oldHalf.getOrDefault(edit, position))).append(" <span class=\"mvw\">from sentence ")
                        .append(other + 1).append("</span></a>");
            }
            out.append("</div>\n");
        }

        private static String arrow(int here, int there) {
            return there == here ? "" : there < here ? "\u2191" : "\u2193";
        }

        private static boolean startsParagraph(Document doc, List<Integer> indices) {
            if (indices.isEmpty() || indices.get(0) == 0) {
                return false;
            }
            int i = indices.get(0);
            return doc.sentences().get(i - 1).paragraph() != doc.sentences().get(i).paragraph();
        }
    }
}
