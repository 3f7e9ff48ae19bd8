package dev.palimpsest.bench.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the grouping errors come from. Wrong pairs: between an article and its same-topic distractor
 * (one family) or between unrelated articles. Missing pairs: an article split across chains, with the
 * split falling at a heavy rewrite or elsewhere.
 */
final class ErrorAnalysis {

    private ErrorAnalysis() {
    }

    static List<String> of(List<CoreGrouper.ChainView> chains, GeneratedHeap heap) {
        long sameFamily = 0;
        long unrelated = 0;
        Map<String, Integer> chainOf = new HashMap<>();
        for (int c = 0; c < chains.size(); c++) {
            Map<Integer, Integer> cells = new HashMap<>();
            for (String id : chains.get(c).ids()) {
                cells.merge(heap.articleOf().get(id), 1, Integer::sum);
                chainOf.put(id, c);
            }
            List<Integer> articles = new ArrayList<>(cells.keySet());
            for (int i = 0; i < articles.size(); i++) {
                for (int j = i + 1; j < articles.size(); j++) {
                    long pairs = (long) cells.get(articles.get(i)) * cells.get(articles.get(j));
                    if (heap.familyOf().get(articles.get(i)).equals(heap.familyOf().get(articles.get(j)))) {
                        sameFamily += pairs;
                    } else {
                        unrelated += pairs;
                    }
                }
            }
        }
        Map<Integer, String[]> versions = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        heap.articleOf().values().forEach(a -> sizes.merge(a, 1, Integer::sum));
        heap.articleOf().forEach((id, a) -> versions.computeIfAbsent(a, k -> new String[sizes.get(k)])[heap.versionOf().get(id)] = id);
        int splitAtRewrite = 0;
        int splitElsewhere = 0;
        int splitArticles = 0;
        for (String[] ids : versions.values()) {
            boolean split = false;
            for (int v = 1; v < ids.length; v++) {
                if (!chainOf.get(ids[v]).equals(chainOf.get(ids[v - 1]))) {
                    split = true;
                    if (heap.rewritten().contains(ids[v])) {
                        splitAtRewrite++;
                    } else {
                        splitElsewhere++;
                    }
                }
            }
            splitArticles += split ? 1 : 0;
        }
        return List.of(
                String.format("wrong pairs: %d between an article and its same-topic distractor, %d between unrelated articles",
                        sameFamily, unrelated),
                String.format("split articles: %d; breaks between consecutive versions: %d at a heavy rewrite (%d rewrites in all), %d elsewhere",
                        splitArticles, splitAtRewrite, heap.rewritten().size(), splitElsewhere));
    }
}
