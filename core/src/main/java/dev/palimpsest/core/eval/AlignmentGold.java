package dev.palimpsest.core.eval;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One hand-aligned version pair: both sentence lists as given (never re-segmented), each sentence's
 * label, and the gold links (0-based).
 */
public record AlignmentGold(String id, List<String> oldSentences, List<String> newSentences,
                            List<AlignmentLabel> oldLabels, List<AlignmentLabel> newLabels,
                            Set<AlignmentLink> links) {

    public AlignmentGold {
        oldSentences = List.copyOf(oldSentences);
        newSentences = List.copyOf(newSentences);
        oldLabels = List.copyOf(oldLabels);
        newLabels = List.copyOf(newLabels);
        links = Set.copyOf(new TreeSet<>(links));
        if (oldLabels.size() != oldSentences.size() || newLabels.size() != newSentences.size()) {
            throw new IllegalArgumentException(id + ": one label per sentence needed, got "
                    + oldLabels.size() + "/" + oldSentences.size() + " old and "
                    + newLabels.size() + "/" + newSentences.size() + " new");
        }
        for (AlignmentLink link : links) {
            if (link.oldIndex() >= oldSentences.size() || link.newIndex() >= newSentences.size()) {
                throw new IllegalArgumentException(id + ": link " + link + " is out of range");
            }
        }
    }
}
