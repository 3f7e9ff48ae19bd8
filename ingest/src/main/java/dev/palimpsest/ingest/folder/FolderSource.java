package dev.palimpsest.ingest.folder;

import java.io.UncheckedIOException;
import dev.palimpsest.core.text.BadInputException;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.PageMetadata;
import dev.palimpsest.core.text.Utf8Input;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.IngestException;
import dev.palimpsest.ingest.IngestProblem;
import dev.palimpsest.ingest.ProblemHandler;
import dev.palimpsest.ingest.VersionSource;
import dev.palimpsest.ingest.internal.Inputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A folder of versions of one article ({@code .txt}, {@code .html}, {@code .htm} files), or a folder
 * of such folders at any depth: every folder that directly holds version files is one article, in
 * sorted path order; hidden folders and symbolic links to folders are not entered.
 *
 * <p>Per article: the key is the manifest's {@code "article"}, else the folder's path below the root
 * ({@code guardian/2014/budget}), or the root's own name when the root holds the files. The source is
 * the manifest's {@code "source"}, else the default (the root folder's name unless given). A
 * version's time and title come from the {@link VersionManifest}, else from the page's HTML
 * metadata. Versions are listed oldest first when every one has a time, else in file-name order.
 *
 * <p>Problems: an unreadable or invalid manifest skips its article (origin: the manifest, with the
 * entry or line); an unreadable, binary, empty or oversized file skips that version (origin: the file).
 */
public final class FolderSource implements VersionSource {

    private final Path root;
    private final String defaultSource;

    public FolderSource(Path root) {
        this(root, Inputs.baseName(root));
    }

    public FolderSource(Path root, String defaultSource) {
        this.root = Objects.requireNonNull(root, "root");
        this.defaultSource = Objects.requireNonNull(defaultSource, "defaultSource");
    }

    @Override
    public String name() {
        return root.toString();
    }

    @Override
    public Stream<List<IncomingVersion>> articles(ProblemHandler problems) {
        Objects.requireNonNull(problems, "problems");
        if (!Files.isDirectory(root)) {
            problems.report(new IngestProblem(root.toString(), Files.exists(root) ? "is not a folder" : "no such folder"));
            return Stream.empty();
        }
        Iterator<List<IncomingVersion>> articles = new Articles(problems);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(articles, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** Counts the version files below the root (hidden folders left out, as when reading). */
    @Override
    public OptionalLong estimatedVersions() {
        try (Stream<Path> files = Files.walk(root)) {
            return OptionalLong.of(files.filter(f -> Files.isRegularFile(f) && isVersionFile(f))
                    .filter(f -> !hidden(root.relativize(f)))
                    .count());
        } catch (IOException | UncheckedIOException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean hidden(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a file name looks like an article version. */
    public static boolean isVersionFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    /** Depth-first over the folders, in sorted order; each folder with version files gives one article. */
    private final class Articles implements Iterator<List<IncomingVersion>> {
        private final ProblemHandler problems;
        private final Deque<Path> pending = new ArrayDeque<>();
        private Optional<List<IncomingVersion>> next = Optional.empty();

        Articles(ProblemHandler problems) {
            this.problems = problems;
            pending.push(root);
        }

        @Override
        public boolean hasNext() {
            while (next.isEmpty() && !pending.isEmpty()) {
                next = visit(pending.pop());
            }
            return next.isPresent();
        }

        @Override
        public List<IncomingVersion> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<IncomingVersion> article = next.orElseThrow();
            next = Optional.empty();
            return article;
        }

        private Optional<List<IncomingVersion>> visit(Path dir) {
            List<Path> children;
            try (Stream<Path> s = Files.list(dir)) {
                children = s.sorted(Comparator.comparing(p -> String.valueOf(p.getFileName()))).toList();
            } catch (IOException e) {
                problems.report(new IngestProblem(dir.toString(), "cannot list folder: " + Inputs.describe(e)));
                return Optional.empty();
            }
            List<Path> folders = children.stream()
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !String.valueOf(p.getFileName()).startsWith("."))
                    .toList();
            for (int i = folders.size() - 1; i >= 0; i--) {
                pending.push(folders.get(i));
            }
            List<Path> files = children.stream().filter(Files::isRegularFile).filter(FolderSource::isVersionFile).toList();
            if (files.isEmpty()) {
                return Optional.empty();
            }
            List<IncomingVersion> article = readArticle(dir, files);
            return article.isEmpty() ? Optional.empty() : Optional.of(article);
        }

        private List<IncomingVersion> readArticle(Path dir, List<Path> files) {
            Optional<VersionManifest> manifest;
            try {
                manifest = VersionManifest.find(dir);
            } catch (IngestException e) {
                problems.report(e.problem());
                return List.of();
            }
            String source = manifest.flatMap(VersionManifest::source).orElse(defaultSource);
            String key = manifest.flatMap(VersionManifest::article).orElseGet(() -> articleKey(dir));
            Optional<String> url = manifest.flatMap(VersionManifest::url);
            List<IncomingVersion> versions = new ArrayList<>();
            for (Path file : files) {
                readVersion(file).ifPresent(text -> {
                    InputFormat format = InputFormat.detect(String.valueOf(file.getFileName()), text);
                    PageMetadata meta = format == InputFormat.HTML ? PageMetadata.of(text) : PageMetadata.NONE;
                    Optional<VersionManifest.Entry> entry = manifest.flatMap(m -> m.entry(file));
                    Optional<Instant> seen = entry.flatMap(VersionManifest.Entry::seen).or(meta::modified);
                    Optional<String> title = entry.flatMap(VersionManifest.Entry::title).or(meta::title);
                    versions.add(new IncomingVersion(source, key, url, title, seen, text, format, file.toString()));
                });
            }
            if (versions.stream().allMatch(v -> v.seen().isPresent())) {
                versions.sort(Comparator.comparing(v -> v.seen().orElseThrow()));
            }
            return List.copyOf(versions);
        }

        private Optional<String> readVersion(Path file) {
            try {
                Utf8Input.checkSize(Files.size(file), file.toString(), Utf8Input.DEFAULT_MAX_BYTES);
                return Optional.of(Utf8Input.decode(Files.readAllBytes(file), file.toString()));
            } catch (BadInputException e) {
                problems.report(new IngestProblem(file.toString(), Inputs.reason(e)));
            } catch (IOException e) {
                problems.report(new IngestProblem(file.toString(), "cannot read: " + Inputs.describe(e)));
            }
            return Optional.empty();
        }

        private String articleKey(Path dir) {
            if (dir.equals(root)) {
                return Inputs.baseName(root);
            }
            StringBuilder key = new StringBuilder();
            for (Path part : root.relativize(dir)) {
                key.append(key.length() == 0 ? "" : "/").append(part);
            }
            return key.toString();
        }
    }
}
