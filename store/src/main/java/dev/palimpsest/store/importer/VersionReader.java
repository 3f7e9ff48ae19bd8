package dev.palimpsest.store.importer;

import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.store.ImportException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks and parses incoming versions. Refuses, naming the version's origin: an empty or blank body,
 * a binary one (NUL bytes, or more than 1 in 20 control characters in its first 8,192), one longer
 * than {@link DocumentParser#MAX_INPUT_CHARS}, one with no sentence after normalization, and one
 * with more sentences than the aligner takes. Immutable and thread-safe.
 */
public final class VersionReader {

    private static final int SNIFF_CHARS = 8192;

    private VersionReader() {
    }

    /**
     * Parses the versions of one article.
     *
     * @throws IllegalArgumentException for an empty list or versions of different articles
     * @throws ImportException for the first version that cannot be read
     */
    public static List<ParsedVersion> readArticle(List<IncomingVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no versions to import");
        }
        IncomingVersion first = versions.get(0);
        List<ParsedVersion> parsed = new ArrayList<>(versions.size());
        for (IncomingVersion v : versions) {
            if (!v.source().equals(first.source()) || !v.articleKey().equals(first.articleKey())) {
                throw new IllegalArgumentException("versions of two articles in one import: " + first.source() + "/"
                        + first.articleKey() + " (" + first.origin() + ") and " + v.source() + "/" + v.articleKey()
                        + " (" + v.origin() + ")");
            }
            parsed.add(read(v));
        }
        return parsed;
    }

    /** @throws ImportException naming the origin when the version cannot be read as an article */
    public static ParsedVersion read(IncomingVersion v) {
        if (v.source().isBlank()) {
            throw new ImportException(v.origin(), "has no source name");
        }
        if (v.articleKey().isBlank()) {
            throw new ImportException(v.origin(), "has no article key");
        }
        if (v.source().indexOf('\0') >= 0 || v.articleKey().indexOf('\0') >= 0 || v.origin().indexOf('\0') >= 0) {
            throw new ImportException(v.origin().replace('\0', '?'), "has a NUL character in its source, key or origin");
        }
        String body = v.body();
        if (body.isBlank()) {
            throw new ImportException(v.origin(), "is empty");
        }
        if (body.length() > DocumentParser.MAX_INPUT_CHARS) {
            throw new ImportException(v.origin(), "is " + body.length() + " characters long, above the limit of "
                    + DocumentParser.MAX_INPUT_CHARS);
        }
        checkNotBinary(v.origin(), body);
        Document doc;
        try {
            doc = StoreEngines.PARSER.parse(body, v.format());
        } catch (IllegalArgumentException e) {
            throw new ImportException(v.origin(), e.getMessage(), e);
        }
        if (doc.sentences().isEmpty()) {
            throw new ImportException(v.origin(), "has no text after normalization");
        }
        if (doc.sentences().size() > Aligner.DEFAULT_MAX_SENTENCES) {
            throw new ImportException(v.origin(), "has " + doc.sentences().size() + " sentences, more than the "
                    + Aligner.DEFAULT_MAX_SENTENCES + " the aligner takes");
        }
        Optional<String> title = v.title().map(t -> t.replace("\0", "").strip().replaceAll("\\s+", " ")).filter(t -> !t.isEmpty());
        String byline = doc.sentences().stream().filter(s -> s.role() == SentenceRole.BYLINE).map(Sentence::text)
                .collect(Collectors.joining(" "));
        return new ParsedVersion(v, v.seen().map(t -> t.truncatedTo(ChronoUnit.MILLIS)), title,
                byline.isEmpty() ? Optional.empty() : Optional.of(byline), Hashes.content(title, doc.text().text()), doc);
    }

    private static void checkNotBinary(String origin, String body) {
        int nul = body.indexOf('\0');
        if (nul >= 0) {
            throw new ImportException(origin, "looks binary (NUL character at offset " + nul + ")");
        }
        int end = Math.min(body.length(), SNIFF_CHARS);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            char c = body.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls * 20 > end) {
            throw new ImportException(origin, "looks binary (" + controls + " control characters in the first " + end + ")");
        }
    }
}
