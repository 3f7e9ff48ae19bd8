package dev.palimpsest.core.analysis;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.Dateline;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes what changed that matters between two versions of an article, given their sentence
 * alignment: headline, dateline, lede, byline and credits, corrections, quotes, numbers, and the
 * people, places and organisations named. Immutable and thread-safe; serializable for batch jobs
 * (it deserializes to the standard instance).
 *
 * <pre>{@code
 * ChangeSummary summary = ChangeAnalyzer.standard().analyze(
 *         VersionText.of(older), VersionText.of(newer),
 *         Aligner.standard().align(older.sentenceTexts(), newer.sentenceTexts()));
 * summary.describe().forEach(System.out::println);
 * }</pre>
 */
public final class ChangeAnalyzer implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final ChangeAnalyzer STANDARD = new ChangeAnalyzer(
            NameRecognizer.standard(), QuoteExtractor.standard(), new NumberChangeFinder(NumberExtractor.standard()),
            CreditParser.standard());

    // Stateless rule sets: nothing to serialize, readResolve restores them.
    private final transient NameRecognizer names;
    private final transient QuoteExtractor quotes;
    private final transient NumberChangeFinder numbers;
    private final transient CreditParser credits;

    private ChangeAnalyzer(NameRecognizer names, QuoteExtractor quotes, NumberChangeFinder numbers, CreditParser credits) {
        this.names = names;
        this.quotes = quotes;
        this.numbers = numbers;
        this.credits = credits;
    }

    public static ChangeAnalyzer standard() {
        return STANDARD;
    }

    /**
     * @throws IllegalArgumentException if the alignment is not of these two documents' sentences
     */
    public ChangeSummary analyze(VersionText older, VersionText newer, Alignment alignment) {
        Document oldDoc = older.document();
        Document newDoc = newer.document();
        if (alignment.oldSize() != oldDoc.sentences().size() || alignment.newSize() != newDoc.sentences().size()) {
            throw new IllegalArgumentException("alignment of " + alignment.oldSize() + " → " + alignment.newSize()
                    + " sentences does not fit documents of " + oldDoc.sentences().size() + " → "
                    + newDoc.sentences().size() + " sentences");
        }
        Entities oldEntities = names.recognize(oldDoc);
        Entities newEntities = names.recognize(newDoc);
        List<Change> changes = new ArrayList<>();
        headline(older.title(), newer.title()).ifPresent(changes::add);
        dateline(oldDoc, newDoc).ifPresent(changes::add);
        LedeDetector.compare(oldDoc, newDoc, editsOfNew(alignment)).ifPresent(changes::add);
        byline(oldDoc, newDoc).ifPresent(changes::add);
        credits(oldDoc, newDoc).ifPresent(changes::add);
        changes.addAll(corrections(oldDoc, newDoc));
        changes.addAll(QuoteComparer.compare(
                quotes.extract(oldDoc, oldEntities), quotes.extract(newDoc, newEntities), alignment));
        for (Edit edit : alignment.edits()) {
            changes.addAll(numbers.find(edit, oldDoc, newDoc));
        }
        changes.addAll(EntityComparer.compare(oldEntities, newEntities));
        return new ChangeSummary(changes);
    }

    private static Optional<Change> headline(Optional<String> from, Optional<String> to) {
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        String a = from.get().strip().replaceAll("\\s+", " ");
        String b = to.get().strip().replaceAll("\\s+", " ");
        return a.equals(b) ? Optional.empty() : Optional.of(new Change.HeadlineChanged(a, b));
    }

    private static Optional<Change> dateline(Document older, Document newer) {
        Optional<String> from = older.dateline().map(Dateline::place);
        Optional<String> to = newer.dateline().map(Dateline::place);
        if (from.equals(to)) {
            return Optional.empty();
        }
        return Optional.of(new Change.DatelineChanged(from, to, datelineSentence(older), datelineSentence(newer)));
    }

    private static List<Integer> datelineSentence(Document document) {
        return document.dateline().flatMap(d -> document.sentences().stream()
                        .filter(s -> s.span().start() <= d.span().start() && d.span().start() < s.span().end())
                        .map(Sentence::index).findFirst())
                .map(List::of).orElse(List.of());
    }

    private Optional<Change> byline(Document older, Document newer) {
        List<String> from = credits.byline(older);
        List<String> to = credits.byline(newer);
        List<String> added = missingFrom(to, from);
        List<String> removed = missingFrom(from, to);
        return added.isEmpty() && removed.isEmpty() ? Optional.empty()
                : Optional.of(new Change.BylineChanged(added, removed, credits.bylineSentences(older),
                        credits.bylineSentences(newer)));
    }

    private Optional<Change> credits(Document older, Document newer) {
        List<String> from = credits.reporters(older);
        List<String> to = credits.reporters(newer);
        List<String> added = missingFrom(to, from);
        List<String> removed = missingFrom(from, to);
        return added.isEmpty() && removed.isEmpty() ? Optional.empty()
                : Optional.of(new Change.CreditChanged(added, removed, credits.creditSentences(older),
                        credits.creditSentences(newer)));
    }

    /** Names of {@code names} not in {@code others}, comparing "C. J. Chivers" and "C.J. Chivers" as one. */
    private static List<String> missingFrom(List<String> names, List<String> others) {
        Set<NameKey> keys = new HashSet<>();
        others.forEach(n -> keys.add(NameKey.of(n)));
        return names.stream().filter(n -> !keys.contains(NameKey.of(n))).distinct().toList();
    }

    /** New correction notes: a correction sentence and the rest of its paragraph, unless the old version had it. */
    private static List<Change> corrections(Document older, Document newer) {
        Set<String> known = new HashSet<>();
        older.sentences().stream().filter(s -> s.role() == SentenceRole.CORRECTION).forEach(s -> known.add(s.text()));
        List<Change> changes = new ArrayList<>();
        List<Sentence> all = newer.sentences();
        for (Sentence s : all) {
            if (s.role() != SentenceRole.CORRECTION || known.contains(s.text())) {
                continue;
            }
            List<Integer> evidence = new ArrayList<>(List.of(s.index()));
            StringBuilder text = new StringBuilder(s.text());
            for (int k = s.index() + 1; k < all.size() && all.get(k).paragraph() == s.paragraph()
                    && all.get(k).role() == SentenceRole.BODY; k++) {
                text.append(' ').append(all.get(k).text());
                evidence.add(k);
            }
            changes.add(new Change.CorrectionAdded(text.toString(), evidence));
        }
        return changes;
    }

    private static Map<Integer, Edit> editsOfNew(Alignment alignment) {
        Map<Integer, Edit> map = new HashMap<>();
        for (Edit e : alignment.edits()) {
            e.newIndices().forEach(n -> map.put(n, e));
        }
        return map;
    }

    private Object readResolve() {
        return STANDARD;
    }
}
