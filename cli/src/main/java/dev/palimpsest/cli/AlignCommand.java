package dev.palimpsest.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.palimpsest.cli.json.AlignmentLine;
import dev.palimpsest.cli.json.JsonBytes;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.Span;
import java.io.BufferedOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Spec;

/**
 * Batch alignment over JSON Lines, in one JVM, on all cores. Lines are processed in chunks by a
 * worker pool and written in input order; a bad line is reported on stderr and skipped, and the exit
 * status says so.
 */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Align many version pairs: JSON Lines in, JSON Lines out.",
                "Each input line: {\"id\": ..., \"old\": X, \"new\": Y}, X and Y a text (segmented here) "
                        + "or an array of sentences (used as given).",
                "Each output line: the diff JSON of 'palimpsest diff --format json' plus \"id\"."})
final class AlignCommand implements Callable<Integer> {

    private static final int CHUNK_LINES = 32;
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] ID = JsonBytes.ascii("\"id\":");

    @Spec
    CommandSpec spec;

    @Option(names = "--input", defaultValue = "-", paramLabel = "FILE", description = "JSON Lines input, - for stdin (default).")
    String input;

    @Option(names = "--output", defaultValue = "-", paramLabel = "FILE", description = "JSON Lines output, - for stdout (default).")
    String output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** One line's outcome: its output line (UTF-8, with the line end) or the error to report. */
    private record Result(long number, byte[] json, @Nullable String error) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        String inputName = "-".equals(input) ? "stdin" : input;
        PrintWriter err = spec.commandLine().getErr();
        long ok = 0;
        long bad = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "align-worker");
            t.setDaemon(true);
            return t;
        });
        try (Utf8Lines lines = openInput(); OutputStream writer = openOutput()) {
            ArrayDeque<Future<List<Result>>> inFlight = new ArrayDeque<>();
            List<Utf8Lines.Line> chunk = new ArrayList<>(CHUNK_LINES);
            Optional<Utf8Lines.Line> next;
            while ((next = lines.next()).isPresent()) {
                Utf8Lines.Line line = next.get();
                if (line.isBlank()) {
                    continue;
                }
                chunk.add(line);
                if (chunk.size() == CHUNK_LINES) {
                    List<Utf8Lines.Line> work = chunk;
                    inFlight.add(pool.submit(() -> process(work, inputName)));
                    chunk = new ArrayList<>(CHUNK_LINES);
                    if (inFlight.size() >= threads * 4) {
                        long[] counts = drain(inFlight.removeFirst(), writer, err);
                        ok += counts[0];
                        bad += counts[1];
                    }
                }
            }
            if (!chunk.isEmpty()) {
                List<Utf8Lines.Line> work = chunk;
                inFlight.add(pool.submit(() -> process(work, inputName)));
            }
            while (!inFlight.isEmpty()) {
                long[] counts = drain(inFlight.removeFirst(), writer, err);
                ok += counts[0];
                bad += counts[1];
            }
        } finally {
            pool.shutdownNow();
        }
        if (bad > 0) {
            err.println("palimpsest align: " + bad + " of " + (ok + bad) + " lines skipped (see above); " + ok + " aligned");
            err.flush();
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private long[] drain(Future<List<Result>> future, OutputStream writer, PrintWriter err)
            throws IOException, InterruptedException {
        List<Result> results;
        try {
            results = future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        }
        long ok = 0;
        long bad = 0;
        for (Result r : results) {
            if (r.error() != null) {
                err.println("palimpsest align: " + r.error());
                bad++;
            } else {
                writer.write(r.json());
                ok++;
            }
        }
        err.flush();
        return new long[] {ok, bad};
    }

    // Any failure of one line, from bad JSON to an over-long text, is that line's problem only.
    private static List<Result> process(List<Utf8Lines.Line> lines, String inputName) {
        List<Result> results = new ArrayList<>(lines.size());
        JsonBytes buffer = new JsonBytes();
        for (Utf8Lines.Line line : lines) {
            String where = inputName + ":" + line.number();
            try {
                buffer.reset();
                alignLine(line.bytes(), buffer);
                results.add(new Result(line.number(), buffer.literal('\n').toByteArray(), null));
            } catch (RuntimeException | IOException e) {
                results.add(new Result(line.number(), new byte[0], where + ": " + e.getMessage()));
            }
        }
        return results;
    }

    private static void alignLine(byte[] line, JsonBytes out) throws IOException {
        AlignInput input;
        try (JsonParser parser = JSON.createParser(line)) {
            // Jackson reads the UTF-8 bytes itself, and refuses invalid UTF-8.
            input = AlignInput.read(parser)
                    .orElseThrow(() -> new LineException("expected a JSON object with \"old\" and \"new\""));
        } catch (CharConversionException e) {
            throw new LineException("is not valid UTF-8");
        } catch (JsonProcessingException e) {
            throw new LineException(e.getOriginalMessage().startsWith("Invalid UTF-8") ? "is not valid UTF-8"
                    : "malformed JSON (" + e.getOriginalMessage() + ")");
        }
        Map<String, List<Span>> paragraphs = new HashMap<>();
        Document oldDoc = document(input.old(), "old", paragraphs);
        Document newDoc = document(input.now(), "new", paragraphs);
        Alignment alignment = Engines.ALIGNER.align(oldDoc.sentenceTexts(), newDoc.sentenceTexts());
        out.literal('{');
        if (input.id() != null) {
            out.literal(ID).literal(input.id()).literal(',');
        }
        AlignmentLine.writeFields(out, oldDoc, newDoc, alignment);
        out.literal('}');
    }

    private static Document document(AlignInput.Version version, String field, Map<String, List<Span>> paragraphs) {
        if (version instanceof AlignInput.Text t) {
            return Engines.PARSER.parse(t.text(), InputFormat.detect("", t.text()), paragraphs);
        }
        if (version instanceof AlignInput.Sentences s) {
            return Engines.PARSER.fromSentences(s.sentences());
        }
        throw new LineException(version == AlignInput.Problem.MISSING ? "missing \"" + field + "\""
                : "\"" + field + "\" must be a text or an array of strings");
    }

    private Utf8Lines openInput() throws IOException {
        if ("-".equals(input)) {
            return new Utf8Lines(System.in);
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new UsageException(input + ": no such file");
        }
        if (Files.isDirectory(path)) {
            throw new UsageException(input + ": is a directory, expected a JSON Lines file");
        }
        return new Utf8Lines(Files.newInputStream(path));
    }

    private OutputStream openOutput() throws IOException {
        if ("-".equals(output)) {
            // Standard output goes through the command's writer (tests and embedders replace it);
            // each write is whole lines, so decoding them again is exact.
            PrintWriter out = spec.commandLine().getOut();
            return new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    out.write(new String(b, off, len, StandardCharsets.UTF_8));
                }

                @Override
                public void flush() {
                    out.flush();
                }

                @Override
                public void close() {
                    out.flush();
                }
            };
        }
        return new BufferedOutputStream(Files.newOutputStream(Path.of(output)), 1 << 16);
    }

    /** A problem with one input line: reported with its line number, then the line is skipped. */
    private static final class LineException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LineException(String message) {
            super(message);
        }
    }
}
