package dev.palimpsest.render;

import dev.palimpsest.core.align.AlignmentSummary;
import dev.palimpsest.core.document.Document;
import java.util.List;

/**
 * The parts of a side-by-side diff shared by every page that shows one: summary chips, the tool bar
 * (hide unchanged, previous and next change), the legend, the column heads and the rows. Styled by
 * {@code diff.css} and driven by {@code diff.js}; the tool bar's ids are unique, so a page has one.
 */
public final class DiffHtml {

    private DiffHtml() {
    }

    public static void summary(AlignmentSummary s, StringBuilder out) {
        out.append("<ul class=\"summary\">\n");
        chip("unchanged", s.unchanged(), out);
        chip("edited", s.edited(), out);
        chip("added", s.added(), out);
        chip("deleted", s.deleted(), out);
        chip("moved", s.moved(), out);
        chip("split", s.split(), out);
        chip("merged", s.merged(), out);
        out.append("</ul>\n");
    }

    private static void chip(String kind, int count, StringBuilder out) {
        out.append("<li class=\"k-").append(kind).append(count == 0 ? " zero" : "").append("\"><b>").append(count)
                .append("</b> ").append(kind).append("</li>\n");
    }

    /**
     * The hide-unchanged toggle and change navigation. The toggle is a label for the checkbox
     * {@code #hide-unchanged}, which the page puts before its {@code main} so that CSS alone can fold.
     */
    public static void tools(StringBuilder out) {
        out.append("<div class=\"tools\">\n<label for=\"hide-unchanged\" class=\"toggle\">Hide unchanged</label>\n");
        out.append("<span class=\"nav\" id=\"nav\" hidden><button type=\"button\" id=\"prev\">\u2191 Previous</button>")
                .append("<button type=\"button\" id=\"next\">Next \u2193</button>")
                .append("<span id=\"pos\" aria-live=\"polite\"></span></span>\n");
        out.append("<span class=\"keys\">Keys: <kbd>j</kbd> or <kbd>n</kbd> next change, <kbd>k</kbd> or <kbd>p</kbd> previous</span>\n");
        out.append("</div>\n");
    }

    public static void hideUnchangedToggle(StringBuilder out) {
        out.append("<input type=\"checkbox\" id=\"hide-unchanged\" class=\"vh\">\n");
    }

    public static void legend(StringBuilder out) {
        out.append("<details class=\"legend\">\n<summary>How to read the diff</summary>\n<ul>\n")
                .append("<li><del title=\"deleted\">Struck through</del>: words taken out of the sentence.</li>\n")
                .append("<li><ins title=\"inserted\">Underlined</ins>: words put in.</li>\n")
                .append("<li><span class=\"badge b-added\">added</span> a new sentence; ")
                .append("<span class=\"badge b-deleted\">deleted</span> a sentence taken out; ")
                .append("<span class=\"badge b-edited\">edited</span> a rewritten sentence (hover for how similar).</li>\n")
                .append("<li><span class=\"badge b-split\">split</span> one sentence became several; ")
                .append("<span class=\"badge b-merged\">merged</span> several became one.</li>\n")
                .append("<li><span class=\"mv\">moved \u2193</span> the sentence changed place: the link jumps to where it")
                .append(" was or went.</li>\n")
                .append("<li><span class=\"num\">12</span> sentence numbers link to the matching sentence on the other side.</li>\n")
                .append("<li><span class=\"pilcrow\">\u00b6</span> a new paragraph starts; ")
                .append("<span class=\"tag\">byline</span> <span class=\"tag\">credit</span> <span class=\"tag\">correction</span>")
                .append(" mark story furniture; the dateline is in <b class=\"dl\">small capitals</b>.</li>\n")
                .append("</ul>\n</details>\n");
    }

    /** The sticky column heads naming both versions. */
    public static void heads(String oldLabel, String newLabel, StringBuilder out) {
        out.append("<div class=\"heads\" aria-hidden=\"true\"><div class=\"h-old\"><span>Before</span> ");
        Html.escapeTo(oldLabel, out);
        out.append("</div><div></div><div class=\"h-new\"><span>After</span> ");
        Html.escapeTo(newLabel, out);
        out.append("</div></div>\n");
    }

    /**
     * The rows of one diff inside {@code <div class="rows">}. Ids of rows and sentences start with
     * {@code idPrefix}. A run of unchanged rows is wrapped so that it folds into one line when
     * "hide unchanged" is on.
     */
    public static void rows(DiffView view, String idPrefix, StringBuilder out) {
        out.append("<div class=\"rows\">\n");
        List<DiffRow> rows = DiffRows.of(view.alignment());
        if (rows.isEmpty()) {
            out.append("<p class=\"nothing\">Both versions are empty.</p>\n</div>\n");
            return;
        }
        RowHtml html = new RowHtml(view, rows, idPrefix);
        appendRows(rows, html::append, out);
        out.append("</div>\n");
    }

    /** Writes one row: its position among all rows, the row, the output. */
    @FunctionalInterface
    interface RowWriter {
        void write(int position, DiffRow row, StringBuilder out);
    }

    /** Writes the rows, folding each run of unchanged rows into a block the reader can hide. */
    static void appendRows(List<DiffRow> rows, RowWriter writer, StringBuilder out) {
        int i = 0;
        while (i < rows.size()) {
            if (rows.get(i).isChange()) {
                writer.write(i, rows.get(i), out);
                i++;
                continue;
            }
            int end = i;
            while (end < rows.size() && !rows.get(end).isChange()) {
                end++;
            }
            out.append("<div class=\"same\">\n");
            for (int k = i; k < end; k++) {
                writer.write(k, rows.get(k), out);
            }
            int n = end - i;
            out.append("</div>\n<label class=\"fold\" for=\"hide-unchanged\">").append(n).append(" unchanged sentence")
                    .append(n == 1 ? "" : "s").append(" hidden \u00b7 show</label>\n");
            i = end;
        }
    }

    public static String size(Document doc) {
        int sentences = doc.sentences().size();
        int paragraphs = doc.paragraphCount();
        return plural(sentences, "sentence") + " in " + plural(paragraphs, "paragraph");
    }

    public static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
