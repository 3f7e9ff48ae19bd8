package dev.palimpsest.ingest.jsonl;

import java.util.OptionalLong;
import dev.palimpsest.core.text.Utf8Input;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.IngestException;
import dev.palimpsest.ingest.IngestProblem;
import dev.palimpsest.ingest.ProblemHandler;
import dev.palimpsest.ingest.VersionSource;
import dev.palimpsest.ingest.internal.Inputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A JSON Lines file with one article version per line (see {@link JsonLine} for the fields). Lines
 * of one article need not be adjacent: a first pass validates every line and indexes where each
 * article's lines are (offsets only, not texts, so memory grows by about 20 bytes a line); a second
 * pass reads one article at a time by offset. Articles come in order of their first line, versions
 * oldest first when every one has a {@code "created"} time, else in line order. Articles are keyed
 * by source ({@code "source"}, else the file name without extension) and {@code "article"} (else
 * {@code "url"}).
 *
 * <p>Problems are reported during the first pass, so with a stopping handler nothing is returned
 * from a file with a bad line. Each names the line, e.g. {@code "news.jsonl:12: missing \"text\""}.
 * Blank lines are ignored. The file must be seekable (not a pipe).
 */
public final class JsonLinesSource implements VersionSource {

    private final Path file;
    private final String defaultSource;
    private final int maxLineBytes;

    public JsonLinesSource(Path file) {
        this(file, Inputs.baseName(file));
    }

    public JsonLinesSource(Path file, String defaultSource) {
        this(file, defaultSource, Utf8Input.DEFAULT_MAX_BYTES);
    }

    /** @param maxLineBytes lines longer than this are reported and skipped */
    public JsonLinesSource(Path file, String defaultSource, int maxLineBytes) {
        this.file = Objects.requireNonNull(file, "file");
        this.defaultSource = Objects.requireNonNull(defaultSource, "defaultSource");
        if (maxLineBytes <= 0) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /** The number of lines: one version a line. */
    @Override
    public OptionalLong estimatedVersions() {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return OptionalLong.of(lines);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public Stream<List<IncomingVersion>> articles(ProblemHandler problems) {
        Objects.requireNonNull(problems, "problems");
        if (!Files.isRegularFile(file)) {
            problems.report(new IngestProblem(file.toString(), Files.exists(file) ? "is not a file" : "no such file"));
            return Stream.empty();
        }
        LineIndex index;
        FileChannel channel;
        try {
            index = index(problems);
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            problems.report(new IngestProblem(file.toString(), "cannot read: " + Inputs.describe(e)));
            return Stream.empty();
        }
        return index.articles().stream()
                .map(lines -> read(channel, lines, problems))
                .flatMap(Optional::stream)
                .onClose(() -> {
                    try {
                        channel.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private String origin(int line) {
        return file + ":" + line;
    }

    /** First pass: validate every line and note where each article's lines are. */
    private LineIndex index(ProblemHandler problems) throws IOException {
        LineIndex index = new LineIndex();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long offset = 0;
            long start = 0;
            int number = 1;
            int n;
            while ((n = in.read(buffer)) > 0) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        keep(line, buffer, from, i - from, offset + i - start);
                        indexLine(index, line.toByteArray(), start, offset + i - start, number, problems);
                        line.reset();
                        start = offset + i + 1;
                        number++;
                        from = i + 1;
                    }
                }
                keep(line, buffer, from, n - from, offset + n - start);
                offset += n;
            }
            if (offset > start) {
                indexLine(index, line.toByteArray(), start, offset - start, number, problems);
            }
        }
        return index;
    }

    /** Adds a piece of the current line, unless the line is already over the limit (it is only measured then). */
    private void keep(ByteArrayOutputStream line, byte[] buffer, int from, int count, long lineLengthSoFar) {
        if (lineLengthSoFar <= maxLineBytes) {
            line.write(buffer, from, count);
        }
    }

    private void indexLine(LineIndex index, byte[] bytes, long start, long length, int number, ProblemHandler problems) {
        String origin = origin(number);
        if (length > maxLineBytes) {
            problems.report(new IngestProblem(origin, "line is " + size(length) + ", above the limit of " + size(maxLineBytes)));
            return;
        }
        if (isBlank(bytes)) {
            return;
        }
        try {
            IncomingVersion v = JsonLine.parse(bytes, origin, defaultSource);
            index.add(new LineIndex.Key(v.source(), v.articleKey()), start, bytes.length, number);
        } catch (IngestException e) {
            problems.report(e.problem());
        }
    }

    private static String size(long bytes) {
        return bytes < 1 << 20 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Second pass: one article's lines, read by offset. */
    private Optional<List<IncomingVersion>> read(FileChannel channel, LineIndex.Lines lines, ProblemHandler problems) {
        List<IncomingVersion> versions = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String origin = origin(lines.number(i));
            Optional<byte[]> bytes;
            try {
                bytes = readLine(channel, lines.offset(i), lines.length(i));
            } catch (IOException e) {
                problems.report(new IngestProblem(origin, "cannot read: " + Inputs.describe(e)));
                continue;
            }
            IncomingVersion version;
            try {
                version = JsonLine.parse(bytes.orElseThrow(() -> new IngestException(origin, "ends early")), origin,
                        defaultSource);
            } catch (IngestException e) {
                // The first pass accepted this line: the file was changed under us.
                problems.report(new IngestProblem(origin, "file changed while reading: " + e.reason()));
                continue;
            }
            versions.add(version);
        }
        if (versions.stream().allMatch(v -> v.seen().isPresent())) {
            versions.sort(Comparator.comparing(v -> v.seen().orElseThrow()));
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(versions));
    }

    private static Optional<byte[]> readLine(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(buffer.array());
    }
}
