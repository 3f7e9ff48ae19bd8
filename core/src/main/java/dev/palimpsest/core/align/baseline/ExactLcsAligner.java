package dev.palimpsest.core.align.baseline;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.SentenceAligner;
import dev.palimpsest.core.align.WordDiffer;
import dev.palimpsest.core.align.internal.EditAssembler;
import dev.palimpsest.core.align.internal.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * Baseline: the longest common subsequence of identical sentences (a line diff over sentences).
 * Any change to a sentence makes it a deletion plus an addition.
 */
public final class ExactLcsAligner implements SentenceAligner {

    @Override
    public Alignment align(List<String> oldSentences, List<String> newSentences) {
        List<Match> matches = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldSentences, newSentences).getDeltas()) {
            while (o < delta.getSource().getPosition()) {
                matches.add(Match.pair(o++, n++));
            }
            o += delta.getSource().size();
            n += delta.getTarget().size();
        }
        while (o < oldSentences.size()) {
            matches.add(Match.pair(o++, n++));
        }
        return EditAssembler.assemble(oldSentences, newSentences, matches, WordDiffer.standard());
    }
}
