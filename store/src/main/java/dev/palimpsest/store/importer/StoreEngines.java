package dev.palimpsest.store.importer;

import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.align.WordDiffer;
import dev.palimpsest.core.analysis.ChangeAnalyzer;
import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.history.HistoryBuilder;

/**
 * The engines the store computes with, composed in one place (the same defaults as the CLI), so that a
 * history rebuilt at read time agrees with what was stored. All immutable and thread-safe.
 */
public final class StoreEngines {

    public static final DocumentParser PARSER = DocumentParser.standard();

    public static final Aligner ALIGNER = Aligner.standard();

    /** The word differ inside {@link #ALIGNER}: rebuilds the word diffs of unchanged sentences. */
    public static final WordDiffer WORDS = WordDiffer.standard();

    public static final HistoryBuilder HISTORY = new HistoryBuilder(ALIGNER);

    public static final ChangeAnalyzer ANALYZER = ChangeAnalyzer.standard();

    private StoreEngines() {
    }
}
