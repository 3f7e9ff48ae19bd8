package dev.palimpsest.cli;

import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.analysis.ChangeAnalyzer;
import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.history.HistoryBuilder;
import dev.palimpsest.core.segment.NewsSentenceSplitter;
import dev.palimpsest.core.text.Normalizer;

/** The standard engines, composed in one place and built once per process (all thread-safe). */
final class Engines {

    static final DocumentParser PARSER = new DocumentParser(
            Normalizer.standard(), NewsSentenceSplitter.create(), DocumentParser.DEFAULT_MAX_CHARS);

    static final Aligner ALIGNER = Aligner.standard();

    static final HistoryBuilder HISTORY = new HistoryBuilder(ALIGNER);

    static final ChangeAnalyzer ANALYZER = ChangeAnalyzer.standard();

    private Engines() {
    }
}
