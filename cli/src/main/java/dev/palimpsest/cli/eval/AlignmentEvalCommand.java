package dev.palimpsest.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.palimpsest.core.eval.AlignmentEvaluation;
import dev.palimpsest.core.eval.AlignmentGold;
import dev.palimpsest.core.eval.AlignmentLabel;
import dev.palimpsest.core.eval.AlignmentLink;
import dev.palimpsest.core.eval.AlignmentScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code palimpsest eval alignment}: scores the sentence aligner and its baselines on hand-aligned
 * draft pairs (ArgRewrite JSON Lines) and prints one table.
 */
@Command(name = "alignment", mixinStandardHelpOptions = true,
        description = "Score sentence alignment (Palimpsest and baselines) against hand-aligned version pairs.")
public final class AlignmentEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE",
            defaultValue = "../shared/eval/alignment/argrewrite-dev.jsonl",
            description = "JSON Lines of hand-aligned pairs (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(data)) {
            err.println("alignment data not found: " + data.toAbsolutePath().normalize());
            err.flush();
            return 2;
        }
        List<AlignmentGold> golds;
        try {
            golds = read(data);
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read alignment data " + data + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        print(spec.commandLine().getOut(), golds, AlignmentEvaluation.run(golds));
        return 0;
    }

    /** One pair per line: {@code old_sentences[{idx, text, label}]}, {@code new_sentences[...]}, {@code links[[o, n]]}, 1-based. */
    static List<AlignmentGold> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<AlignmentGold> golds = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            String id = row.path("essay_id").asText("line " + lineNo) + " " + row.path("revision").asText("");
            List<String> oldTexts = new ArrayList<>();
            List<AlignmentLabel> oldLabels = new ArrayList<>();
            sentences(row.path("old_sentences"), id, oldTexts, oldLabels);
            List<String> newTexts = new ArrayList<>();
            List<AlignmentLabel> newLabels = new ArrayList<>();
            sentences(row.path("new_sentences"), id, newTexts, newLabels);
            Set<AlignmentLink> links = new HashSet<>();
            for (JsonNode link : row.path("links")) {
                links.add(new AlignmentLink(link.get(0).asInt() - 1, link.get(1).asInt() - 1));
            }
            golds.add(new AlignmentGold(id.strip(), oldTexts, newTexts, oldLabels, newLabels, links));
        }
        return golds;
    }

    /** Sentences must be numbered 1, 2, 3... in file order, so that list position = idx - 1. */
    private static void sentences(JsonNode array, String id, List<String> texts, List<AlignmentLabel> labels) {
        for (JsonNode s : array) {
            int idx = s.path("idx").asInt();
            if (idx != texts.size() + 1) {
                throw new IllegalArgumentException(id + ": expected sentence idx " + (texts.size() + 1) + ", got " + idx);
            }
            texts.add(s.path("text").asText());
            labels.add(AlignmentLabel.parse(s.path("label").asText()));
        }
    }

    private static void print(PrintWriter out, List<AlignmentGold> golds, List<AlignmentEvaluation.Row> rows) {
        int links = golds.stream().mapToInt(g -> g.links().size()).sum();
        AlignmentScore first = rows.get(0).score();
        out.printf(Locale.ROOT, "Sentence alignment: %d version pairs, %d gold links, %d gold splits, %d gold merges%n",
                golds.size(), links, first.splits().total(), first.merges().total());
        String head = "%-12s %7s %7s %7s %7s %9s %9s %8s %7s %7s %7s %7s%n";
        String line = "%-12s %7.3f %7.3f %7.3f %7.3f %9.3f %9.3f %8.3f %7.3f %7.3f %7s %7s%n";
        out.printf(Locale.ROOT, head, "system", "link P", "link R", "link F1", "raw F1",
                "identical", "modified", "deleted", "added", "labels", "splits", "merges");
        for (AlignmentEvaluation.Row row : rows) {
            AlignmentScore s = row.score();
            out.printf(Locale.ROOT, line, row.system(), s.inOrder().precision(), s.inOrder().recall(),
                    s.inOrder().f1(), s.raw().f1(),
                    s.tally(AlignmentLabel.IDENTICAL).rate(), s.tally(AlignmentLabel.MODIFIED).rate(),
                    s.tally(AlignmentLabel.DELETED).rate(), s.tally(AlignmentLabel.ADDED).rate(),
                    s.allLabels().rate(),
                    s.splits().hits() + "/" + s.splits().total(), s.merges().hits() + "/" + s.merges().total());
        }
        out.printf(Locale.ROOT, "%-12s %7s %7s %7.3f   (published for its own matcher on its own news annotations; not this data)%n",
                "NewsEdits", "-", "-", AlignmentEvaluation.NEWSEDITS_REPORTED_F1);
        out.println("Link scores count moved links as deleted + added, as the gold annotates reordering; raw F1 keeps them.");
        out.println("Labels: share of gold sentences with each label that got the same label (split/merged = modified).");
        out.flush();
    }
}
