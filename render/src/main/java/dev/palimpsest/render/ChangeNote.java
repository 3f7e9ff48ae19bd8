package dev.palimpsest.render;

import java.util.List;

/** One line of a change summary as shown to people: its kind, the sentence, and the evidence. */
public record ChangeNote(String kind, String text, List<Integer> oldSentences, List<Integer> newSentences) {

    public ChangeNote {
        oldSentences = List.copyOf(oldSentences);
        newSentences = List.copyOf(newSentences);
    }
}
