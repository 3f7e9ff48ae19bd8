package dev.palimpsest.cli;

import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.analysis.ChangeAnalyzer;
import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.history.HistoryBuilder;

/** The standard engines, composed in one place and built once per process (all thread-safe). */
final class Engines {

    static final DocumentParser PARSER = DocumentParser.standard();

    static final Aligner ALIGNER = Aligner.standard();

    static final HistoryBuilder HISTORY = new HistoryBuilder(ALIGNER);

    static final ChangeAnalyzer ANALYZER = ChangeAnalyzer.standard();

    private Engines() {
    }
}
