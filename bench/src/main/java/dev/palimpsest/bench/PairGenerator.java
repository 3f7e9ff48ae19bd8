package dev.palimpsest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates realistic news version pairs as JSON Lines in the {@code palimpsest align} input format:
 * {@code {"id": 7, "old": X, "new": Y}} where X and Y are texts (paragraphs joined by a blank line) or
 * sentence arrays. Pair {@code i} depends only on the seed, {@code i} and the corpus, so any prefix of a
 * run is reproducible. Thread-safe once built.
 *
 * <pre>java -cp bench/target/classes dev.palimpsest.bench.PairGenerator --pairs 10000 --seed 42 --output pairs.jsonl</pre>
 */
public final class PairGenerator {

    /** Where the bundled sample articles live, relative to the repository root. */
    static final Path DEFAULT_SAMPLES = Path.of("samples", "libya-2011");
    static final int DEFAULT_SENTENCES = 40;

    /** One generated pair with its ground truth. */
    record VersionPair(long id, Article old, Article revised, EditLog log) {
    }

    /** Edit counts summed over the written pairs. */
    record Totals(long pairs, long untouched, EditLog edits) {
    }

    private final ArticleSampler sampler;
    private final NewsReviser reviser;
    private final long seed;
    private final int sentences;

    PairGenerator(SentencePool pool, EditRates rates, long seed, int sentences) {
        if (sentences < 2) {
            throw new IllegalArgumentException("articles need at least 2 sentences, not " + sentences);
        }
        this.sampler = new ArticleSampler(pool);
        this.reviser = new NewsReviser(rates);
        this.seed = seed;
        this.sentences = sentences;
    }

    /** Pair number {@code id}: an article of {@code sentences ± 10 %} sentences and its revision. */
    VersionPair pair(long id) {
        Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + id);
        int spread = Math.max(1, sentences / 10);
        int size = sentences - spread + rnd.nextInt(2 * spread + 1);
        ArticleSampler.Draw draw = sampler.draw(size, rnd);
        NewsReviser.Revision revision = reviser.revise(draw, rnd);
        return new VersionPair(id, draw.article(), revision.revised(), revision.log());
    }

    /** Writes pairs {@code 0..count-1} as JSON Lines and returns their summed edit counts. */
    Totals write(long count, InputMode mode, Writer out) throws IOException {
        EditLog total = EditLog.UNTOUCHED;
        long untouched = 0;
        for (long id = 0; id < count; id++) {
            VersionPair pair = pair(id);
            writeLine(pair, mode.asText(id), out);
            total = total.plus(pair.log());
            untouched += pair.log().untouched() ? 1 : 0;
        }
        out.flush();
        return new Totals(count, untouched, total);
    }

    /** One input line of {@code palimpsest align}: {@code {"id":7,"old":...,"new":...}}. */
    static void writeLine(VersionPair pair, boolean asText, Writer out) throws IOException {
        out.write("{\"id\":");
        out.write(Long.toString(pair.id()));
        out.write(",\"old\":");
        writeVersion(pair.old(), asText, out);
        out.write(",\"new\":");
        writeVersion(pair.revised(), asText, out);
        out.write("}\n");
    }

    private static void writeVersion(Article article, boolean asText, Writer out) throws IOException {
        if (asText) {
            JsonLines.writeString(out, article.text());
            return;
        }
        out.write('[');
        List<String> sentences = article.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            JsonLines.writeString(out, sentences.get(i));
        }
        out.write(']');
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    static final String USAGE = """
            usage: PairGenerator [--pairs N] [--seed S] [--output FILE|-] [--mode text|sentences|mixed]
                                 [--sentences N] [--samples DIR] [--corpus DIR|FILE]... [--quiet]
              --pairs      number of pairs (default 10000)
              --seed       random seed (default 42)
              --output     JSON Lines file, or - for stdout (default -)
              --mode       versions as texts, sentence arrays, or alternating (default mixed)
              --sentences  mean sentences per old version (default 40)
              --samples    bundled sample articles (default samples/libya-2011, skipped if missing)
              --corpus     more *.txt articles, one paragraph per line (repeatable)""";

    static int run(String[] args) {
        long pairs = 10_000;
        long seed = 42;
        String output = "-";
        InputMode mode = InputMode.MIXED;
        int sentences = DEFAULT_SENTENCES;
        Path samples = DEFAULT_SAMPLES;
        boolean samplesGiven = false;
        boolean quiet = false;
        List<Path> corpus = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--pairs" -> pairs = parseLong(arg, value(args, ++i, arg));
                case "--seed" -> seed = parseLong(arg, value(args, ++i, arg));
                case "--output" -> output = value(args, ++i, arg);
                case "--mode" -> mode = InputMode.parse(value(args, ++i, arg));
                case "--sentences" -> sentences = (int) parseLong(arg, value(args, ++i, arg));
                case "--samples" -> {
                    samples = Path.of(value(args, ++i, arg));
                    samplesGiven = true;
                }
                case "--corpus" -> corpus.add(Path.of(value(args, ++i, arg)));
                case "--quiet" -> quiet = true;
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        List<Path> sources = new ArrayList<>();
        if (Files.isDirectory(samples)) {
            sources.add(samples);
        } else if (samplesGiven) {
            throw new IllegalArgumentException("--samples is not a folder: '" + samples + "'");
        }
        for (Path path : corpus) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("--corpus does not exist: '" + path + "'");
            }
        }
        sources.addAll(corpus);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no corpus: " + samples + " is missing and no --corpus was given");
        }
        SentencePool pool = SentencePool.load(sources);
        PairGenerator generator = new PairGenerator(pool, EditRates.NEWS, seed, sentences);
        long start = System.nanoTime();
        Totals totals;
        try (Writer out = open(output)) {
            totals = generator.write(pairs, mode, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        }
        if (!quiet) {
            EditLog total = totals.edits();
            System.err.printf(Locale.ROOT,
                    "generated %d pairs (mode %s, seed %d) from %d pool sentences in %.1f s%n"
                            + "  untouched %.0f %%; per pair: %.2f word edits, %.2f deleted, %.2f added; pairs with a lede rewrite %.0f %%,"
                            + " paragraph move %.0f %%, split %.0f %%, merge %.0f %%%n",
                    pairs, mode.name().toLowerCase(Locale.ROOT), seed, pool.size(), (System.nanoTime() - start) / 1e9,
                    100 * per(totals.untouched(), pairs), per(total.wordEdits(), pairs), per(total.deleted(), pairs), per(total.added(), pairs),
                    100 * per(total.ledeRewrites(), pairs), 100 * per(total.paragraphMoves(), pairs),
                    100 * per(total.splits(), pairs), 100 * per(total.merges(), pairs));
        }
        return 0;
    }

    private static double per(long count, long pairs) {
        return pairs == 0 ? 0 : (double) count / pairs;
    }

    private static Writer open(String output) throws IOException {
        if (output.equals("-")) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        Path path = Path.of(output);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static long parseLong(String flag, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a number, not '" + value + "'", e);
        }
    }
}
