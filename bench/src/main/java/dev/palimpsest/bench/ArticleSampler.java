package dev.palimpsest.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Draws articles from a {@link SentencePool}: a lede paragraph first, then whole pool paragraphs in random
 * order, at most one sentence per near-duplicate group. Also hands out fresh sentences (unused groups)
 * for additions. Stateless apart from the {@link Draw} it returns.
 */
final class ArticleSampler {

    /** Fraction of the pool's groups an article may use, so additions still find fresh sentences. */
    private static final double MAX_POOL_SHARE = 0.6;

    private final SentencePool pool;
    private final List<SentencePool.Paragraph> ledes;
    private final List<SentencePool.Paragraph> body;

    ArticleSampler(SentencePool pool) {
        this.pool = pool;
        this.ledes = pool.paragraphs().stream().filter(SentencePool.Paragraph::lede).toList();
        this.body = pool.paragraphs().stream().filter(p -> !p.lede()).toList();
    }

    /** Largest article the pool supports. */
    int maxSentences() {
        return Math.max(2, (int) (pool.groupCount() * MAX_POOL_SHARE));
    }

    /** An article of about {@code sentences} sentences (capped by the pool), with the groups it used. */
    Draw draw(int sentences, Random rnd) {
        int target = Math.min(sentences, maxSentences());
        BitSet used = new BitSet();
        List<List<String>> paragraphs = new ArrayList<>();
        List<SentencePool.Paragraph> order = new ArrayList<>(body);
        Collections.shuffle(order, rnd);
        if (!ledes.isEmpty()) {
            order.add(0, ledes.get(rnd.nextInt(ledes.size())));
        }
        int count = 0;
        for (SentencePool.Paragraph source : order) {
            List<String> paragraph = new ArrayList<>();
            for (int id : source.sentences()) {
                if (count < target && claim(used, id)) {
                    paragraph.add(count == 0 ? pool.sentence(id) : WordEdits.withoutDateline(pool.sentence(id)));
                    count++;
                }
            }
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            if (count >= target) {
                break;
            }
        }
        return new Draw(new Article(paragraphs), used);
    }

    private boolean claim(BitSet usedGroups, int sentenceId) {
        int group = pool.group(sentenceId);
        if (usedGroups.get(group)) {
            return false;
        }
        usedGroups.set(group);
        return true;
    }

    /** One article being built and revised: which near-duplicate groups it already uses. */
    final class Draw {
        private final Article article;
        private final BitSet usedGroups;

        private Draw(Article article, BitSet usedGroups) {
            this.article = article;
            this.usedGroups = usedGroups;
        }

        Article article() {
            return article;
        }

        /** A pool sentence (without dateline) whose group this article does not use yet, now claimed. */
        Optional<String> fresh(Random rnd) {
            for (int attempt = 0; attempt < 32; attempt++) {
                int id = rnd.nextInt(pool.size());
                if (claim(usedGroups, id)) {
                    return Optional.of(WordEdits.withoutDateline(pool.sentence(id)));
                }
            }
            int start = rnd.nextInt(pool.size());
            for (int i = 0; i < pool.size(); i++) {
                int id = (start + i) % pool.size();
                if (claim(usedGroups, id)) {
                    return Optional.of(WordEdits.withoutDateline(pool.sentence(id)));
                }
            }
            return Optional.empty();
        }
    }
}
