package dev.palimpsest.render;

import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The markup of one row: old cell, a narrow gutter naming the change, new cell. Every sentence is a
 * {@code span} with id {@code <prefix>o<index>} or {@code <prefix>n<index>} (0-based, as in JSON
 * output; the prefix keeps several diffs on one page apart), and its number links to its counterpart
 * on the other side. All article text goes through {@link Html#escape}.
 */
final class RowHtml {

    private final DiffView view;
    private final String idPrefix;
    /** Row positions of the two halves of each moved edit, to point the "moved" arrows the right way. */
    private final Map<Edit, Integer> oldHalf = new HashMap<>();
    private final Map<Edit, Integer> newHalf = new HashMap<>();

    RowHtml(DiffView view, List<DiffRow> rows, String idPrefix) {
        this.view = view;
        this.idPrefix = idPrefix;
        for (int i = 0; i < rows.size(); i++) {
            DiffRow row = rows.get(i);
            if (row.side() == DiffRow.Side.OLD) {
                oldHalf.put(row.edit(), i);
            } else if (row.side() == DiffRow.Side.NEW) {
                newHalf.put(row.edit(), i);
            }
        }
    }

    void append(int position, DiffRow row, StringBuilder out) {
        Edit edit = row.edit();
        boolean paragraph = startsParagraph(view.oldDoc(), row.oldIndices()) || startsParagraph(view.newDoc(), row.newIndices());
        out.append("<div class=\"row k-").append(kind(edit)).append(' ').append(row.side().name().toLowerCase(Locale.ROOT));
        out.append(edit.moved() ? " moved" : "").append(row.isChange() ? " chg" : "").append(paragraph ? " pb" : "");
        out.append("\" id=\"").append(idPrefix).append('r').append(position).append("\">\n");
        cell(edit, true, row.oldIndices(), out);
        gutter(position, row, out);
        cell(edit, false, row.newIndices(), out);
        out.append("</div>\n");
    }

    private void cell(Edit edit, boolean oldSide, List<Integer> indices, StringBuilder out) {
        String side = oldSide ? "old" : "new";
        if (indices.isEmpty()) {
            out.append("<div class=\"cell ").append(side).append(" empty\" aria-hidden=\"true\"></div>\n");
            return;
        }
        Document doc = oldSide ? view.oldDoc() : view.newDoc();
        List<Sentence> sentences = indices.stream().map(i -> doc.sentences().get(i)).toList();
        // Whole added or deleted sentences are marked by their cell; only edits get word marks.
        boolean wordMarks = edit instanceof Edit.Edited || edit instanceof Edit.Split || edit instanceof Edit.Merged;
        List<List<SentencePieces.Piece>> pieces = SentencePieces.of(edit.words(), oldSide, sentences, doc.dateline());
        out.append("<div class=\"cell ").append(side).append("\">");
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (startsParagraph(doc, List.of(s.index()))) {
                out.append(k == 0 ? "" : "<br>");
                out.append("<span class=\"pilcrow\" aria-hidden=\"true\" title=\"New paragraph\">¶</span>");
            } else if (k > 0) {
                out.append(' ');
            }
            sentence(edit, oldSide, s, pieces.get(k), wordMarks, out);
        }
        out.append("</div>\n");
    }

    private void sentence(Edit edit, boolean oldSide, Sentence s, List<SentencePieces.Piece> pieces, boolean wordMarks,
            StringBuilder out) {
        String prefix = oldSide ? "o" : "n";
        String version = oldSide ? "old" : "new";
        List<Integer> others = oldSide ? edit.newIndices() : edit.oldIndices();
        int number = s.index() + 1;
        out.append("<span class=\"s\" id=\"").append(idPrefix).append(prefix).append(s.index()).append("\">");
        if (others.isEmpty()) {
            out.append("<span class=\"num\" title=\"Sentence ").append(number).append(" of the ").append(version)
                    .append(" version\">").append(number).append("</span>");
        } else {
            int other = others.get(0);
            out.append("<a class=\"num\" href=\"#").append(idPrefix).append(oldSide ? "n" : "o").append(other).append("\" title=\"Sentence ")
                    .append(number).append(" of the ").append(version).append(" version; go to sentence ")
                    .append(other + 1).append(" of the ").append(oldSide ? "new" : "old").append(" version\">")
                    .append(number).append("</a>");
        }
        if (s.role() != SentenceRole.BODY) {
            String role = s.role().name().toLowerCase(Locale.ROOT);
            out.append("<span class=\"tag\" title=\"This sentence is a ").append(role).append("\">").append(role)
                    .append("</span>");
        }
        pieces(coalesce(pieces), oldSide, wordMarks, out);
        out.append("</span>");
    }

    private static void pieces(List<SentencePieces.Piece> pieces, boolean oldSide, boolean wordMarks, StringBuilder out) {
        for (SentencePieces.Piece p : pieces) {
            String text = p.text();
            String open = p.dateline() ? "<b class=\"dl\">" : "";
            String close = p.dateline() ? "</b>" : "";
            if (p.changed() && wordMarks) {
                // Keep the space before a changed word outside the mark so highlights hug the words.
                String body = text.stripLeading();
                Html.escapeTo(text.substring(0, text.length() - body.length()), out);
                open += oldSide ? "<del title=\"deleted\">" : "<ins title=\"inserted\">";
                close = (oldSide ? "</del>" : "</ins>") + close;
                text = body;
            }
            out.append(open);
            Html.escapeTo(text, out);
            out.append(close);
        }
    }

    /** Joins neighbouring pieces marked alike, so that a run of changed words is one highlight. */
    private static List<SentencePieces.Piece> coalesce(List<SentencePieces.Piece> pieces) {
        List<SentencePieces.Piece> out = new ArrayList<>();
        for (SentencePieces.Piece p : pieces) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).changed() == p.changed() && out.get(last).dateline() == p.dateline()) {
                out.set(last, new SentencePieces.Piece(out.get(last).text() + p.text(), p.changed(), p.dateline()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private void gutter(int position, DiffRow row, StringBuilder out) {
        Edit edit = row.edit();
        out.append("<div class=\"gut\">");
        if (!(edit instanceof Edit.Unchanged)) {
            out.append("<span class=\"badge b-").append(kind(edit)).append("\" title=\"").append(badgeTitle(edit)).append("\">").append(kind(edit))
                    .append("</span>");
        }
        if (row.side() == DiffRow.Side.OLD && edit.moved()) {
            int other = edit.newIndices().get(0);
            out.append("<a class=\"mv\" href=\"#").append(idPrefix).append('n').append(other).append("\" title=\"Moved: now sentence ").append(other + 1)
                    .append(" of the new version\">moved ").append(arrow(position, newHalf.getOrDefault(edit, position)))
                    .append(" <span class=\"mvw\">to sentence ").append(other + 1).append("</span></a>");
        } else if (row.side() == DiffRow.Side.NEW && edit.moved()) {
            int other = edit.oldIndices().get(0);
            out.append("<a class=\"mv\" href=\"#").append(idPrefix).append('o').append(other).append("\" title=\"Moved: this was sentence ")
                    .append(other + 1).append(" of the old version\">moved ").append(arrow(position, oldHalf.getOrDefault(edit, position)))
                    .append(" <span class=\"mvw\">from sentence ").append(other + 1).append("</span></a>");
        }
        out.append("</div>\n");
    }

    private static String arrow(int here, int there) {
        return there == here ? "" : there < here ? "\u2191" : "\u2193";
    }

    private static String badgeTitle(Edit edit) {
        String percent = Math.round(edit.similarity() * 100) + "% similar";
        if (edit instanceof Edit.Edited) {
            return "Edited: " + percent;
        }
        if (edit instanceof Edit.Split) {
            return "Split into " + edit.newIndices().size() + " sentences: " + percent;
        }
        if (edit instanceof Edit.Merged) {
            return "Merged from " + edit.oldIndices().size() + " sentences: " + percent;
        }
        return edit instanceof Edit.Added ? "Only in the new version" : "Only in the old version";
    }

    static String kind(Edit edit) {
        return edit.type().name().toLowerCase(Locale.ROOT);
    }

    private static boolean startsParagraph(Document doc, List<Integer> indices) {
        if (indices.isEmpty() || indices.get(0) == 0) {
            return false;
        }
        int i = indices.get(0);
        return doc.sentences().get(i - 1).paragraph() != doc.sentences().get(i).paragraph();
    }
}
