package dev.palimpsest.render;

import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.Blame;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import java.util.List;
import java.util.Locale;

/**
 * The blame view: the text of a version, paragraphs kept, each sentence coloured by the version that
 * introduced it and labelled with that version's number (colour is never the only cue). Every sentence
 * links to its thread, shown beside the text ({@link ThreadHtml}). One panel per version, newest
 * first; the page's script shows the one picked and, without script, all are shown in turn.
 */
public final class BlameHtml {

    /**
     * Paul Tol's "light" scheme: nine colours told apart with the common colour-vision deficiencies
     * and light enough for dark text. Classes {@code c0..c8} in history.css; {@code c0}, pale grey, is
     * the first version's alone, so that what came later stands out.
     */
    static final int COLOURS = 9;

    private BlameHtml() {
    }

    /** The blame of the self-contained page, whose diffs are all on the page. */
    static void append(HistoryView view, StringBuilder out) {
        append(view, HistoryLinks.IN_PAGE, out);
    }

    public static void append(HistoryView view, HistoryLinks links, StringBuilder out) {
        ArticleHistory history = view.history();
        int n = history.versions().size();
        out.append("<section class=\"sec\" id=\"blame\" aria-labelledby=\"blame-h\">\n")
                .append("<h2 id=\"blame-h\">Blame: where each sentence comes from</h2>\n")
                .append("<p class=\"intro\">Each sentence is coloured by the version that introduced it and labelled with")
                .append(" that version\u2019s number; <span class=\"pen\">\u270e</span> names the version that last changed it.")
                .append(" Select a sentence to follow it through every version.</p>\n");
        out.append("<div class=\"pick\" hidden><label for=\"blame-version\">Version</label> <select id=\"blame-version\">");
        for (int v = n - 1; v >= 0; v--) {
            out.append("<option value=\"").append(v).append("\">");
            Html.escapeTo(HistoryFormat.longName(history, v), out);
            out.append("</option>");
        }
        out.append("</select></div>\n<div class=\"blame-layout\">\n<div class=\"blame-panels\">\n");
        for (int v = n - 1; v >= 0; v--) {
            panel(history, v, out);
        }
        out.append("</div>\n<aside class=\"threads\" id=\"threads\" aria-label=\"Sentence history\">\n")
                .append("<p class=\"placeholder\">Select a sentence in the text to see its history: every version, with")
                .append(" the words changed at each step.</p>\n");
        ThreadHtml.appendAll(history, links, out);
        out.append("</aside>\n</div>\n</section>\n");
    }

    /**
     * The colour class of a version: 0 for the first; each later one its own while there are colours
     * enough, else the one of its eighth of the later versions (neighbours share, the label tells them apart).
     */
    static int colour(int version, int versions) {
        if (version == 0 || versions <= COLOURS) {
            return version;
        }
        return 1 + (int) ((long) (version - 1) * (COLOURS - 1) / (versions - 1));
    }

    private static void panel(ArticleHistory history, int v, StringBuilder out) {
        String id = HistoryIds.blame(v);
        out.append("<section class=\"panel blame\" id=\"").append(id).append("\" data-version=\"").append(v)
                .append("\" aria-labelledby=\"").append(id).append("-h\">\n<h3 id=\"").append(id).append("-h\">Blame of ");
        Html.escapeTo(HistoryFormat.longName(history, v), out);
        out.append("</h3>\n");
        List<Blame> blame = history.blame(v);
        Document doc = history.documents().get(v);
        if (blame.isEmpty()) {
            out.append("<p class=\"nothing\">This version has no sentences.</p>\n</section>\n");
            return;
        }
        swatches(history, v, blame, out);
        out.append("<div class=\"prose\">\n<p>");
        for (Blame b : blame) {
            Sentence s = doc.sentences().get(b.sentence());
            if (b.sentence() > 0) {
                out.append(s.paragraph() != doc.sentences().get(b.sentence() - 1).paragraph() ? "</p>\n<p>" : " ");
            }
            sentence(history, v, b, s, out);
        }
        out.append("</p>\n</div>\n</section>\n");
    }

    private static void sentence(ArticleHistory history, int v, Blame b, Sentence s, StringBuilder out) {
        int n = history.versions().size();
        String introduced = HistoryFormat.name(b.introducedIn());
        String changed = HistoryFormat.name(b.lastChangedIn());
        String explain = "introduced in " + introduced + ", last changed in " + changed;
        out.append("<a class=\"bl c").append(colour(b.introducedIn(), n)).append(b.lastChangedIn() != b.introducedIn() ? " re" : "")
                .append("\" id=\"").append(HistoryIds.blameSentence(v, b.sentence())).append("\" href=\"#")
                .append(HistoryIds.thread(b.thread()))
                .append("\" title=\"Introduced in ").append(introduced).append(", last changed in ").append(changed)
                .append(". Select to see its history.\"><span class=\"vt\" aria-hidden=\"true\">").append(introduced);
        if (b.lastChangedIn() != b.introducedIn()) {
            out.append(" \u270e").append(b.lastChangedIn());
        }
        out.append("</span><span class=\"vh\">(").append(explain).append(") </span>");
        if (s.role() != SentenceRole.BODY) {
            String role = s.role().name().toLowerCase(Locale.ROOT);
            out.append("<span class=\"tag\">").append(role).append("</span>");
        }
        Html.escapeTo(s.text(), out);
        out.append("</a>");
    }

    /** Which versions this text comes from, as a key to the colours: one entry per colour used. */
    private static void swatches(ArticleHistory history, int v, List<Blame> blame, StringBuilder out) {
        int n = history.versions().size();
        int[] counts = new int[v + 1];
        for (Blame b : blame) {
            counts[b.introducedIn()]++;
        }
        out.append("<ul class=\"swatches\" aria-label=\"Sentences of ").append(HistoryFormat.name(v))
                .append(" by the version that introduced them\">\n");
        int first = 0;
        while (first <= v) {
            int c = colour(first, n);
            int last = first;
            int total = counts[first];
            while (last + 1 <= v && colour(last + 1, n) == c) {
                last++;
                total += counts[last];
            }
            if (total > 0) {
                out.append("<li><span class=\"sw c").append(c).append("\" aria-hidden=\"true\"></span>")
                        .append(HistoryFormat.name(first)).append(last > first ? "\u2013" + HistoryFormat.name(last) : "")
                        .append(": ").append(DiffHtml.plural(total, "sentence")).append("</li>\n");
            }
            first = last + 1;
        }
        out.append("</ul>\n");
    }
}
