package dev.palimpsest.bench.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Turns one version of an article into the next the way newsrooms do: mostly small steps (a word or
 * clause changed in a sentence, sentences added, usually further down, a few deleted or moved, a new
 * lede), and now and then a heavy rewrite that keeps only about four sentences verbatim.
 */
final class EditHistory {

    /** Kinds of step, counted for the report. */
    enum Step { EDIT, ADD, DELETE, MOVE, LEDE, REWRITE }

    private final SplittableRandom random;
    private final Supplier<String> fresh;
    private final Supplier<String> word;
    private final double rewriteRate;
    private final int[] counts = new int[Step.values().length];
    private boolean lastWasRewrite;

    /**
     * @param fresh new sentences in the article's wording
     * @param word single words in the article's wording
     * @param rewriteRate chance that a revision is a heavy rewrite
     */
    EditHistory(SplittableRandom random, Supplier<String> fresh, Supplier<String> word, double rewriteRate) {
        this.random = random;
        this.fresh = fresh;
        this.word = word;
        this.rewriteRate = rewriteRate;
    }

    List<String> revise(List<String> previous) {
        List<String> text = new ArrayList<>(previous);
        lastWasRewrite = random.nextDouble() < rewriteRate;
        if (lastWasRewrite) {
            counts[Step.REWRITE.ordinal()]++;
            return rewrite(text);
        }
        int operations = 1 + random.nextInt(4);
        for (int k = 0; k < operations; k++) {
            double p = random.nextDouble();
            Step step = p < 0.35 ? Step.EDIT : p < 0.67 ? Step.ADD : p < 0.77 ? Step.DELETE : p < 0.87 ? Step.MOVE : Step.LEDE;
            counts[step.ordinal()]++;
            switch (step) {
                case EDIT -> editSentence(text, random.nextInt(text.size()));
                case ADD -> add(text);
                case DELETE -> {
                    if (text.size() > 3) {
                        text.remove(1 + random.nextInt(text.size() - 1));
                    }
                }
                case MOVE -> move(text);
                default -> lede(text);
            }
        }
        return text;
    }

    /** Whether the last {@link #revise} was a heavy rewrite. */
    boolean lastWasRewrite() {
        return lastWasRewrite;
    }

    int count(Step step) {
        return counts[step.ordinal()];
    }

    private void add(List<String> text) {
        int k = 1 + random.nextInt(3);
        double where = random.nextDouble();
        int at = where < 0.5 ? text.size() - random.nextInt(Math.max(1, text.size() / 3))
                : where < 0.8 ? random.nextInt(text.size() + 1)
                : Math.min(text.size(), 1 + random.nextInt(2));
        for (int i = 0; i < k; i++) {
            text.add(Math.max(0, Math.min(at, text.size())), fresh.get());
        }
    }

    private void move(List<String> text) {
        if (text.size() < 4) {
            return;
        }
        int length = 1 + random.nextInt(Math.min(3, text.size() - 2));
        int from = random.nextInt(text.size() - length + 1);
        List<String> block = new ArrayList<>(text.subList(from, from + length));
        text.subList(from, from + length).clear();
        text.addAll(random.nextInt(text.size() + 1), block);
    }

    private void lede(List<String> text) {
        if (random.nextBoolean()) {
            text.set(0, fresh.get());
        } else {
            editSentence(text, 0);
            editSentence(text, 0);
        }
        if (random.nextDouble() < 0.3) {
            text.add(0, fresh.get());
        }
    }

    /** Word-level change inside one sentence: replace, insert, delete words, or extend with a clause. */
    void editSentence(List<String> text, int index) {
        List<String> words = new ArrayList<>(Arrays.asList(text.get(index).split(" ")));
        int kind = random.nextInt(4);
        if (kind == 0 || words.size() < 6) {
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                words.set(random.nextInt(words.size()), word.get());
            }
        } else if (kind == 1) {
            String[] phrase = fresh.get().split(" ");
            int length = Math.min(phrase.length, 2 + random.nextInt(4));
            int start = random.nextInt(phrase.length - length + 1);
            words.addAll(1 + random.nextInt(words.size() - 1), Arrays.asList(phrase).subList(start, start + length));
        } else if (kind == 2) {
            int length = 1 + random.nextInt(Math.min(4, words.size() - 4));
            int start = 1 + random.nextInt(words.size() - length - 1);
            words.subList(start, start + length).clear();
        } else {
            String last = words.get(words.size() - 1);
            words.set(words.size() - 1, last.replaceAll("[.!?\"”’]+$", "") + ",");
            String[] clause = fresh.get().split(" ");
            words.addAll(Arrays.asList(clause).subList(0, Math.min(clause.length, 4 + random.nextInt(6))));
            String end = words.get(words.size() - 1);
            words.set(words.size() - 1, end.replaceAll("[,;:]+$", "") + (end.endsWith(".") ? "" : "."));
        }
        text.set(index, String.join(" ", words));
    }

    /** About four sentences survive verbatim; everything around them is new. */
    private List<String> rewrite(List<String> text) {
        int keep = Math.min(text.size(), 3 + random.nextInt(3));
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            positions.add(i);
        }
        for (int i = positions.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = positions.get(i);
            positions.set(i, positions.get(j));
            positions.set(j, t);
        }
        List<Integer> kept = new ArrayList<>(positions.subList(0, keep));
        kept.sort(null);
        int size = Math.max(keep + 4, (int) Math.round(text.size() * (0.7 + 0.6 * random.nextDouble())));
        // Kept sentences go to random slots of the new text, in their old relative order.
        boolean[] slot = new boolean[size];
        for (int placed = 0; placed < keep; ) {
            int at = random.nextInt(size);
            if (!slot[at]) {
                slot[at] = true;
                placed++;
            }
        }
        List<String> out = new ArrayList<>(size);
        int next = 0;
        for (int i = 0; i < size; i++) {
            out.add(slot[i] ? text.get(kept.get(next++)) : fresh.get());
        }
        return out;
    }
}
