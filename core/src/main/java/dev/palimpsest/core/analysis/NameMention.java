package dev.palimpsest.core.analysis;

import dev.palimpsest.core.text.Span;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One occurrence of a proper name in a sentence.
 *
 * @param sentence index of the sentence in its document
 * @param span where the whole mention, title included, sits in the sentence text
 * @param name the name without title or possessive: "Muammar el-Qaddafi" for "Col. Muammar el-Qaddafi’s"
 * @param title the title in front of it, if any: "Col.", "Foreign Secretary"
 * @param cues what the mention and its context say about the kind of thing named
 */
public record NameMention(int sentence, Span span, String name, Optional<String> title, Set<Cue> cues) {

    /** Evidence for a kind, gathered from the mention and the words around it. */
    public enum Cue {
        /** Preceded by a title: Mr., Col., Foreign Minister. */
        TITLE,
        /** Contains initials: C. J. Chivers. */
        INITIALS,
        /** Next to a speech verb: "X said", "said X". */
        SPEAKER,
        /** After a place preposition: "in X", "to X". */
        LOCATIVE,
        /** Followed by a known place: "Lockerbie, Scotland". */
        PLACE_APPOSITION,
        /** Contains an organisation word: Court, Ministry, Times. */
        ORGANIZATION_WORD,
        /** Written in capitals: NATO. */
        ACRONYM,
        /** In the place list. */
        KNOWN_PLACE,
        /** In the organisation list. */
        KNOWN_ORGANIZATION
    }

    public NameMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        cues = Set.copyOf(cues);
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank name at sentence " + sentence);
        }
    }

    public boolean has(Cue cue) {
        return cues.contains(cue);
    }
}
