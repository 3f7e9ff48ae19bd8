package dev.palimpsest.cli.eval;

import dev.palimpsest.core.eval.GoldDocument;
import dev.palimpsest.core.eval.GoldenRule;
import dev.palimpsest.core.eval.RuleOutcome;
import dev.palimpsest.core.eval.RuleScore;
import dev.palimpsest.core.eval.SegmentationScore;
import dev.palimpsest.core.eval.SpanScore;
import dev.palimpsest.core.segment.NewsSentenceSplitter;
import dev.palimpsest.core.segment.SentenceSplitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code palimpsest eval segmentation}: scores {@link NewsSentenceSplitter} on the English golden
 * rules of Pragmatic Segmenter and pySBD, their longer extra cases, and the GUM news sentence
 * spans, next to the scores those projects published.
 */
@Command(name = "segmentation", mixinStandardHelpOptions = true,
        description = "Score the news sentence splitter on the Pragmatic Segmenter and pySBD golden rules "
                + "and on GUM news sentence spans, next to published scores.")
public final class SegmentationEvalCommand implements Callable<Integer> {

    private static final String SYSTEM = "Palimpsest NewsSentenceSplitter";
    private static final String GUM = "gum-news/gum_news_sbd.jsonl";

    /** A published score of another system, as its authors report it. */
    private record Published(String system, String score) {
    }

    private record RuleSet(String title, String file, List<Published> published, boolean golden) {
    }

    private static final List<RuleSet> RULE_SETS = List.of(
            new RuleSet("Pragmatic Segmenter golden rules (English)",
                    "golden-rules-en/pragmatic_segmenter_golden_rules_en.jsonl",
                    List.of(new Published("Pragmatic Segmenter", "98.08%"), new Published("OpenNLP", "59.62%"),
                            new Published("Stanford CoreNLP", "59.62%"), new Published("NLTK Punkt", "46.15%")),
                    true),
            new RuleSet("pySBD golden rules (English)", "golden-rules-en/pysbd_golden_rules_en.jsonl",
                    List.of(new Published("pySBD", "97.92%"), new Published("blingfire", "75.00%"),
                            new Published("stanza", "72.92%"), new Published("syntok", "68.75%"),
                            new Published("NLTK", "56.25%"), new Published("spaCy", "52–54%")),
                    true),
            new RuleSet("Pragmatic Segmenter spec extras", "golden-rules-en/pragmatic_segmenter_en_spec_extra.jsonl",
                    List.of(), false),
            new RuleSet("pySBD clean tests", "golden-rules-en/pysbd_en_clean_tests.jsonl", List.of(), false));

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval/segmentation",
            description = "Folder with golden-rules-en/ and gum-news/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = {"-v", "--verbose"}, description = "Also list the failed cases of the extra sets.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(data)) {
            err.println("segmentation data folder not found: " + data.toAbsolutePath().normalize());
            err.flush();
            return ExitCode.USAGE;
        }
        try {
            run(spec.commandLine().getOut());
            return ExitCode.OK;
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read segmentation data in " + data + ": " + e.getMessage());
            err.flush();
            return ExitCode.USAGE;
        }
    }

    private void run(PrintWriter out) throws IOException {
        Function<GoldenRule, SentenceSplitter> splitters = SegmentationScore.newsSplitterPerRule();
        out.println("Sentence segmentation: " + SYSTEM + ", data " + data.toAbsolutePath().normalize());
        StringBuilder failures = new StringBuilder();
        for (RuleSet set : RULE_SETS) {
            out.println();
            Path file = data.resolve(set.file());
            if (!Files.isRegularFile(file)) {
                out.println(set.title() + ": skipped (not found)");
                continue;
            }
            RuleScore score = SegmentationScore.rules(SegmentationData.readRules(file), splitters);
            printRuleScore(out, set, score);
            if (set.golden() || verbose) {
                failures.append(failureList(set.title(), score));
            }
        }
        out.println();
        printSpanScore(out);
        out.println();
        out.println("Scoring: a rule passes when our sentences, each trimmed and with every whitespace run shown as");
        out.println("one space, equal its expected sentences (trimmed); \"verbatim\" compares the trimmed text as is.");
        out.println("Cases marked doc_type=pdf use the hard-wrapped line-break policy. GUM: a predicted sentence is");
        out.println("correct when its trimmed [start, end) span equals a gold trimmed span exactly; P = correct /");
        out.println("predicted, R = correct / gold, F1 = 2PR / (P + R), pooled over all documents.");
        out.println();
        out.println("Failed rules" + (verbose ? "" : " (golden sets; --verbose adds the extra sets)"));
        out.print(failures);
        out.flush();
    }

    private static void printRuleScore(PrintWriter out, RuleSet set, RuleScore score) {
        out.printf(Locale.ROOT, "%s: %d cases%n", set.title(), score.total());
        out.printf(Locale.ROOT, "  %-34s %8s %8.2f%%   (%d/%d verbatim)%n", SYSTEM,
                score.passed() + "/" + score.total(), 100 * score.rate(), score.passedVerbatim(), score.total());
        for (Published published : set.published()) {
            out.printf(Locale.ROOT, "  %-34s %8s %9s%n", published.system() + " (published)", "", published.score());
        }
        if (set.published().isEmpty()) {
            out.println("  (no published scores; some cases expect text cleaning, e.g. HTML removal, which a splitter");
            out.println("  of already-normalized text does not do)");
        }
    }

    private void printSpanScore(PrintWriter out) throws IOException {
        Path file = data.resolve(GUM);
        if (!Files.isRegularFile(file)) {
            out.println("GUM news sentence spans: skipped (not found)");
            return;
        }
        List<GoldDocument> documents = SegmentationData.readDocuments(file);
        SpanScore score = SegmentationScore.spans(documents, NewsSentenceSplitter.create());
        out.printf(Locale.ROOT, "GUM news sentence spans (CC BY-NC-SA 4.0): %d documents, %d gold sentences%n",
                documents.size(), score.gold());
        out.printf(Locale.ROOT, "  %-34s P %.4f  R %.4f  F1 %.4f   (%d correct of %d predicted)%n", SYSTEM,
                score.precision(), score.recall(), score.f1(), score.correct(), score.predicted());
    }

    private static String failureList(String title, RuleScore score) {
        List<RuleOutcome> failed = score.failures();
        StringBuilder text = new StringBuilder("  " + title + ": " + (failed.isEmpty() ? "none" : failed.size()) + "\n");
        for (RuleOutcome outcome : failed) {
            GoldenRule rule = outcome.rule();
            text.append("    #").append(rule.id()).append(' ').append(rule.rule()).append('\n')
                    .append("      text:     ").append(quote(rule.text())).append('\n')
                    .append("      expected: ").append(quoteAll(rule.expected())).append('\n')
                    .append("      actual:   ").append(quoteAll(outcome.actual())).append('\n');
        }
        return text.toString();
    }

    private static String quoteAll(List<String> sentences) {
        return sentences.stream().map(SegmentationEvalCommand::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + '"';
    }
}
