package dev.palimpsest.bench.group;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A heap of snapshots from many articles, shuffled, with the truth kept apart: which article each
 * snapshot belongs to and its version number within it (0 = oldest); for error analysis, each
 * article's family (an article and its same-topic distractors share one) and the snapshots made by a
 * heavy rewrite.
 */
record GeneratedHeap(List<Item> snapshots, Map<String, Integer> articleOf, Map<String, Integer> versionOf,
        Map<Integer, Integer> familyOf, Set<String> rewritten, int articles, int distractors, String editCounts) {

    /** One generated snapshot: a random id and its sentences. */
    record Item(String id, List<String> sentences) {

        Item {
            sentences = List.copyOf(sentences);
        }
    }

    GeneratedHeap {
        snapshots = List.copyOf(snapshots);
        articleOf = Map.copyOf(articleOf);
        versionOf = Map.copyOf(versionOf);
        familyOf = Map.copyOf(familyOf);
        rewritten = Set.copyOf(rewritten);
    }
}
