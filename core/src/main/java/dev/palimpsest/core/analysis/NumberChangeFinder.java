package dev.palimpsest.core.analysis;

import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.document.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers rewritten inside matched sentences: "killed 30 people" → "killed 42 people".
 *
 * <p>Only edited, split and merged sentences count (added and deleted sentences are whole new or
 * lost statements, not changed figures). In each changed stretch of the word diff, the numbers the
 * old side loses pair in order with the numbers of the same kind the new side gains; numbers of
 * equal value ("three" → "3") are no change. A stretch longer than {@value #MAX_HUNK_WORDS} words
 * on either side is a rewritten clause, whose numbers are not one figure corrected into another.
 */
final class NumberChangeFinder {

    static final int MAX_HUNK_WORDS = 8;

    /** Words of context shown on each side of the new number. */
    private static final int CONTEXT_WORDS = 5;

    private static final Pattern WORD = Pattern.compile("\\S+");

    private final NumberExtractor numbers;

    NumberChangeFinder(NumberExtractor numbers) {
        this.numbers = numbers;
    }

    List<Change.NumberChanged> find(Edit edit, Document older, Document newer) {
        if (!(edit instanceof Edit.Edited || edit instanceof Edit.Split || edit instanceof Edit.Merged)) {
            return List.of();
        }
        JoinedSentences oldSide = new JoinedSentences(edit.words().oldText(), edit.oldIndices(), older);
        JoinedSentences newSide = new JoinedSentences(edit.words().newText(), edit.newIndices(), newer);
        List<NumberMention> oldNumbers = numbers.find(oldSide.text());
        List<NumberMention> newNumbers = numbers.find(newSide.text());
        List<Change.NumberChanged> changes = new ArrayList<>();
        List<NumberMention> used = new ArrayList<>();
        for (DiffSides.Hunk hunk : new DiffSides(edit.words()).hunks()) {
            if (hunk.deletedWords() > MAX_HUNK_WORDS || hunk.insertedWords() > MAX_HUNK_WORDS) {
                continue;
            }
            List<NumberMention> lost = within(oldNumbers, hunk.oldStart(), hunk.oldEnd(), used);
            List<NumberMention> gained = within(newNumbers, hunk.newStart(), hunk.newEnd(), used);
            dropEqualValues(lost, gained);
            for (NumberMention from : lost) {
                for (NumberMention to : gained) {
                    if (to.kind() == from.kind() && !used.contains(to)) {
                        used.add(from);
                        used.add(to);
                        changes.add(new Change.NumberChanged(from.text(), to.text(), to.kind(),
                                context(newSide, to), oldSide.sentenceAt(from.span().start()),
                                newSide.sentenceAt(to.span().start())));
                        break;
                    }
                }
            }
        }
        return changes;
    }

    private static List<NumberMention> within(List<NumberMention> all, int start, int end, List<NumberMention> used) {
        List<NumberMention> found = new ArrayList<>();
        for (NumberMention n : all) {
            if (n.span().start() < end && n.span().end() > start && !used.contains(n)) {
                found.add(n);
            }
        }
        return found;
    }

    private static void dropEqualValues(List<NumberMention> lost, List<NumberMention> gained) {
        for (NumberMention n : List.copyOf(lost)) {
            for (NumberMention m : gained) {
                if (m.value().equals(n.value())) {
                    lost.remove(n);
                    gained.remove(m);
                    break;
                }
            }
        }
    }

    /** "… killed 42 people in the …": a few words either side of the number, within its sentence. */
    private static String context(JoinedSentences side, NumberMention number) {
        String text = side.text();
        int[] sentence = side.rangeOf(side.sentenceAt(number.span().start()));
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(sentence[0], sentence[1]);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int first = 0;
        while (first + 1 < words.size() && words.get(first)[1] <= number.span().start()) {
            first++;
        }
        int last = first;
        while (last + 1 < words.size() && words.get(last)[1] < number.span().end()) {
            last++;
        }
        int from = Math.max(0, first - CONTEXT_WORDS);
        int to = Math.min(words.size() - 1, last + CONTEXT_WORDS);
        return (from > 0 ? "… " : "") + text.substring(words.get(from)[0], words.get(to)[1])
                + (to < words.size() - 1 ? " …" : "");
    }
}
