package dev.palimpsest.render;

import dev.palimpsest.core.align.WordDiff;
import dev.palimpsest.core.align.WordOp;
import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.SentenceThread;
import dev.palimpsest.core.history.StepKind;
import dev.palimpsest.core.history.ThreadStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One sentence followed through every version: a step per version with what happened and, where the
 * text changed, its words struck through and underlined. Runs of unchanged or absent versions fold into
 * one line. Each panel is hidden until its sentence is selected (by the script, or by {@code :target}
 * without it).
 */
public final class ThreadHtml {

    private ThreadHtml() {
    }

    static void appendAll(ArticleHistory history, HistoryLinks links, StringBuilder out) {
        // A merge is recorded on the threads it absorbed; the absorbing one links back to them.
        Map<String, List<String>> absorbed = new HashMap<>();
        for (SentenceThread t : history.threads()) {
            for (ThreadStep s : t.steps()) {
                if (s.kind() == StepKind.MERGED_AWAY && s.otherThread().isPresent()) {
                    absorbed.computeIfAbsent(s.otherThread().get() + "@" + s.version(), k -> new ArrayList<>()).add(t.id());
                }
            }
        }
        for (SentenceThread t : history.threads()) {
            thread(history, links, t, absorbed, out);
        }
    }

    private static void thread(ArticleHistory history, HistoryLinks links, SentenceThread t,
            Map<String, List<String>> absorbed, StringBuilder out) {
        String id = HistoryIds.thread(t.id());
        int last = history.versions().size() - 1;
        out.append("<article class=\"thread\" id=\"").append(id).append("\" tabindex=\"-1\" aria-labelledby=\"").append(id)
                .append("-h\">\n<h3 id=\"").append(id).append("-h\">Sentence history</h3>\n<p class=\"tmeta\">Introduced in ")
                .append(HistoryFormat.name(t.firstVersion()));
        t.forkedFrom().ifPresent(parent -> out.append(", split off <a href=\"#").append(HistoryIds.thread(parent))
                .append("\">another sentence</a>"));
        out.append(". Last changed in ").append(HistoryFormat.name(t.lastChangedAtOrBefore(last))).append(". ");
        if (t.survives()) {
            out.append("In the latest version.");
        } else {
            out.append("Not in the latest version.");
        }
        out.append("</p>\n<ol class=\"steps\">\n");
        List<ThreadStep> steps = t.steps();
        int i = 0;
        while (i < steps.size()) {
            ThreadStep s = steps.get(i);
            if (quiet(s)) {
                int end = i;
                while (end + 1 < steps.size() && steps.get(end + 1).kind() == s.kind() && quiet(steps.get(end + 1))) {
                    end++;
                }
                quietRun(s, steps.get(end), out);
                i = end + 1;
                continue;
            }
            step(history, links, t, i, absorbed.getOrDefault(t.id() + "@" + s.version(), List.of()), out);
            i++;
        }
        out.append("</ol>\n<p class=\"back\"><a href=\"#blame\">Back to the text</a></p>\n</article>\n");
    }

    /** Steps that say nothing new: the text stayed as it was, or stayed away. */
    private static boolean quiet(ThreadStep s) {
        return s.kind() == StepKind.UNCHANGED && !s.moved() || s.kind() == StepKind.ABSENT;
    }

    private static void quietRun(ThreadStep first, ThreadStep last, StringBuilder out) {
        String range = HistoryFormat.name(first.version())
                + (last.version() > first.version() ? "\u2013" + HistoryFormat.name(last.version()) : "");
        boolean unchanged = first.kind() == StepKind.UNCHANGED;
        out.append("<li class=\"step quiet k-").append(unchanged ? "unchanged" : "absent").append("\"><span class=\"sv\">")
                .append(range).append("</span> ").append(unchanged ? "unchanged" : "still gone").append("</li>\n");
    }

    private static void step(ArticleHistory history, HistoryLinks links, SentenceThread t, int i, List<String> absorbed,
            StringBuilder out) {
        ThreadStep s = t.steps().get(i);
        int v = s.version();
        String kind = s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        out.append("<li class=\"step k-").append(kind).append("\"><div class=\"sh\">");
        if (s.kind().present()) {
            out.append("<a class=\"sv\" href=\"#").append(HistoryIds.blameSentence(v, s.sentence()))
                    .append("\" title=\"This sentence in the blame of ").append(HistoryFormat.name(v)).append("\">")
                    .append(HistoryFormat.name(v)).append("</a>");
        } else {
            out.append("<span class=\"sv\">").append(HistoryFormat.name(v)).append("</span>");
        }
        out.append(" <span class=\"badge ").append(badgeClass(s.kind())).append("\">").append(label(s.kind())).append("</span>");
        if (s.moved()) {
            out.append(" <span class=\"mv\">moved</span>");
        }
        s.otherThread().ifPresent(other -> out.append(' ').append(s.kind() == StepKind.MERGED_AWAY ? "into" : "from")
                .append(" <a href=\"#").append(HistoryIds.thread(other)).append("\">another sentence</a>"));
        for (int k = 0; k < absorbed.size(); k++) {
            out.append(k == 0 ? " with " : " and ").append("<a href=\"#").append(HistoryIds.thread(absorbed.get(k)))
                    .append("\">").append(k == 0 ? "another sentence" : "another").append("</a>");
        }
        diffLink(links, t, i, out);
        out.append("</div>\n");
        if (s.kind().present()) {
            String text = history.documents().get(v).sentences().get(s.sentence()).text();
            text(s, text, out);
        }
        out.append("</li>\n");
    }

    /** Where this step shows in the diff against the previous version, when there is one. */
    private static void diffLink(HistoryLinks links, SentenceThread t, int i, StringBuilder out) {
        ThreadStep s = t.steps().get(i);
        int v = s.version();
        String target;
        if (v > 0 && s.kind().present()) {
            target = links.diffSentence(v - 1, v, false, s.sentence());
        } else if (i > 0 && t.steps().get(i - 1).kind().present()) {
            // Gone now: it shows on the old side, where it was.
            target = links.diffSentence(v - 1, v, true, t.steps().get(i - 1).sentence());
        } else {
            return;
        }
        out.append(" <a class=\"in-diff\" href=\"").append(Html.escape(target)).append("\">in the diff</a>");
    }

    private static void text(ThreadStep s, String text, StringBuilder out) {
        WordDiff words = s.words();
        boolean marks = s.kind() == StepKind.EDITED || s.kind() == StepKind.RETURNED || s.kind() == StepKind.SPLIT
                || s.kind() == StepKind.MERGED;
        if (!marks || words.ops().isEmpty() || words.isIdentity()) {
            out.append("<p class=\"st\">");
            Html.escapeTo(text, out);
            out.append("</p>\n");
            return;
        }
        if (words.newText().equals(text)) {
            out.append("<p class=\"st\">");
            inline(words, out);
            out.append("</p>\n");
            return;
        }
        // A split diffs the old sentence against all its parts joined: show this part, and the whole diff on demand.
        out.append("<p class=\"st\">");
        Html.escapeTo(text, out);
        out.append("</p>\n<details class=\"grp\"><summary>Word changes across all parts</summary><p class=\"st\">");
        inline(words, out);
        out.append("</p></details>\n");
    }

    /** Both sides of a word diff in one run of text: deleted words struck through, inserted ones underlined. */
    public static void inline(WordDiff words, StringBuilder out) {
        List<WordOp> ops = words.ops();
        int i = 0;
        while (i < ops.size()) {
            WordOp.Kind kind = ops.get(i).op();
            StringBuilder run = new StringBuilder();
            while (i < ops.size() && ops.get(i).op() == kind) {
                run.append(ops.get(i).text());
                i++;
            }
            String text = run.toString();
            if (kind == WordOp.Kind.EQUAL) {
                Html.escapeTo(text, out);
                continue;
            }
            // Keep the space before a changed word outside the mark so highlights hug the words.
            String body = text.stripLeading();
            Html.escapeTo(text.substring(0, text.length() - body.length()), out);
            out.append(kind == WordOp.Kind.DELETE ? "<del title=\"deleted\">" : "<ins title=\"inserted\">");
            Html.escapeTo(body, out);
            out.append(kind == WordOp.Kind.DELETE ? "</del>" : "</ins>");
        }
    }

    private static String label(StepKind kind) {
        return switch (kind) {
            case ADDED -> "added";
            case FORKED -> "split off";
            case UNCHANGED -> "unchanged";
            case EDITED -> "edited";
            case SPLIT -> "split";
            case MERGED -> "merged";
            case RETURNED -> "returned";
            case REMOVED -> "removed";
            case MERGED_AWAY -> "merged";
            case ABSENT -> "still gone";
        };
    }

    private static String badgeClass(StepKind kind) {
        return switch (kind) {
            case ADDED, FORKED, RETURNED -> "b-added";
            case EDITED -> "b-edited";
            case SPLIT -> "b-split";
            case MERGED, MERGED_AWAY -> "b-merged";
            case REMOVED -> "b-deleted";
            case UNCHANGED, ABSENT -> "b-unchanged";
        };
    }
}
