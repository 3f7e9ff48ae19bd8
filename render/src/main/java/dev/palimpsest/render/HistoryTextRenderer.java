package dev.palimpsest.render;

import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.SentenceThread;
import dev.palimpsest.core.history.StepKind;
import dev.palimpsest.core.history.VersionMeta;
import dev.palimpsest.core.history.VersionStats;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** A readable timeline of an article's versions, with what changed in each. */
public final class HistoryTextRenderer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    public HistoryTextRenderer(boolean colour) {
        this.colour = colour;
    }

    /** {@code notes.get(v)}: the change summary of version v against v-1 (empty for the first). */
    public void render(ArticleHistory history, List<List<ChangeNote>> notes, String orderSource, PrintWriter out) {
        int n = history.versions().size();
        out.println(bold("History of " + n + " version" + (n == 1 ? "" : "s")) + " (order: " + orderSource + ")");
        out.println();
        for (int v = 0; v < n; v++) {
            VersionMeta meta = history.versions().get(v);
            VersionStats s = history.stats().get(v);
            String when = meta.time().map(TIME::format).orElse("time unknown");
            out.println(bold("v" + v + "  " + meta.label()) + "  " + when + "  " + s.sentences() + " sentences"
                    + history.documents().get(v).dateline().map(d -> "  dateline " + d.place()).orElse(""));
            meta.title().ifPresent(t -> out.println("    title: " + t));
            if (v > 0) {
                out.println(String.format(Locale.ROOT,
                        "    %d unchanged, %d edited, %d added, %d removed, %d moved, %d split, %d merged;"
                                + " %.0f%% carried over, churn %.2f",
                        s.unchanged(), s.edited(), s.added(), s.removed(), s.moved(), s.split(), s.merged(),
                        s.carriedOver() * 100, s.churn()));
                for (String line : lines(notes.get(v))) {
                    out.println("    • " + line);
                }
            }
            out.println();
        }
        long returned = history.threads().stream()
                .filter(t -> t.steps().stream().anyMatch(s -> s.kind() == StepKind.RETURNED)).count();
        long survivors = history.threads().stream().filter(SentenceThread::survives).count();
        out.println(history.threads().size() + " sentence threads: " + survivors + " survive to the last version, "
                + returned + " came back after removal.");
        int last = history.lastChangedVersion();
        out.println("Text last changed in v" + last
                + history.timeToStability().map(d -> " (" + human(d) + " after the first version)").orElse("") + ".");
    }

    /** Entity notes of one kind read better as one line: "Newly mentioned person: A, B, C". */
    static List<String> lines(List<ChangeNote> notes) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (ChangeNote note : notes) {
            int colon = note.text().indexOf(": ");
            if (note.kind().startsWith("entity_") && colon > 0) {
                String head = note.text().substring(0, colon);
                if (!grouped.containsKey(head)) {
                    grouped.put(head, new ArrayList<>());
                    lines.add(head);
                }
                grouped.get(head).add(note.text().substring(colon + 2));
            } else {
                lines.add(note.text());
            }
        }
        return lines.stream().map(l -> grouped.containsKey(l) ? l + ": " + String.join(", ", grouped.get(l)) : l).toList();
    }

    static String human(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = d.toHours();
        return hours < 48 ? hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min") : d.toDays() + " days";
    }

    private String bold(String s) {
        return colour ? BOLD + s + RESET : s;
    }
}
