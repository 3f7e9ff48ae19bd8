package dev.palimpsest.core.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that changed between two versions and matters to a reader, with its evidence: the
 * sentences of the older and newer version that show it (indices into each document's sentences).
 */
public sealed interface Change permits Change.HeadlineChanged, Change.DatelineChanged, Change.LedeRewritten,
        Change.BylineChanged, Change.CreditChanged, Change.CorrectionAdded, Change.QuoteAdded, Change.QuoteRemoved,
        Change.QuoteAltered, Change.NumberChanged, Change.EntityAppeared, Change.EntityDisappeared {

    /** Sentences of the older version behind this change; empty when it rests on the newer alone. */
    List<Integer> oldSentences();

    /** Sentences of the newer version behind this change; empty when it rests on the older alone. */
    List<Integer> newSentences();

    /** One line a journalist would write: "Dateline changed: BREGA, Libya → TRIPOLI, Libya". */
    String describe();

    /** The title changed. Titles are not sentences, so there is no sentence evidence. */
    record HeadlineChanged(String from, String to) implements Change {
        public HeadlineChanged {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public List<Integer> oldSentences() {
            return List.of();
        }

        public List<Integer> newSentences() {
            return List.of();
        }

        public String describe() {
            return "Headline changed: “" + from + "” → “" + to + "”";
        }
    }

    /** The place the story is filed from changed, appeared or went away. */
    record DatelineChanged(Optional<String> from, Optional<String> to, List<Integer> oldSentences,
            List<Integer> newSentences) implements Change {
        public DatelineChanged {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            oldSentences = List.copyOf(oldSentences);
            newSentences = List.copyOf(newSentences);
        }

        public String describe() {
            return "Dateline changed: " + from.orElse("(none)") + " → " + to.orElse("(none)");
        }
    }

    /**
     * The opening of the story was largely rewritten.
     *
     * @param newShare share of the new lede's words that the older version did not have there, in [0, 1]
     */
    record LedeRewritten(double newShare, List<Integer> oldSentences, List<Integer> newSentences)
            implements Change {
        public LedeRewritten {
            if (newShare < 0 || newShare > 1) {
                throw new IllegalArgumentException("share out of [0, 1]: " + newShare);
            }
            oldSentences = List.copyOf(oldSentences);
            newSentences = List.copyOf(newSentences);
        }

        public String describe() {
            return String.format(Locale.ROOT, "Lede rewritten: %d%% of the opening is new", Math.round(newShare * 100));
        }
    }

    /** Names added to or removed from the byline. */
    record BylineChanged(List<String> added, List<String> removed, List<Integer> oldSentences,
            List<Integer> newSentences) implements Change {
        public BylineChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            oldSentences = List.copyOf(oldSentences);
            newSentences = List.copyOf(newSentences);
        }

        public String describe() {
            return "Byline changed: " + Describe.addedRemoved(added, removed);
        }
    }

    /** Reporters added to or removed from the credit line. */
    record CreditChanged(List<String> added, List<String> removed, List<Integer> oldSentences,
            List<Integer> newSentences) implements Change {
        public CreditChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            oldSentences = List.copyOf(oldSentences);
            newSentences = List.copyOf(newSentences);
        }

        public String describe() {
            return "Credits changed: " + Describe.addedRemoved(added, removed);
        }
    }

    /** A correction or editor's note appeared. */
    record CorrectionAdded(String text, List<Integer> newSentences) implements Change {
        public CorrectionAdded {
            Objects.requireNonNull(text, "text");
            newSentences = List.copyOf(newSentences);
        }

        public List<Integer> oldSentences() {
            return List.of();
        }

        public String describe() {
            return "Correction added: " + Describe.quoted(text);
        }
    }

    /** A quote only the newer version has. */
    record QuoteAdded(String quote, Optional<String> speaker, List<Integer> newSentences) implements Change {
        public QuoteAdded {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(speaker, "speaker");
            newSentences = List.copyOf(newSentences);
        }

        public List<Integer> oldSentences() {
            return List.of();
        }

        public String describe() {
            return "New quote" + speaker.map(s -> " from " + s).orElse("") + ": " + Describe.quoted(quote);
        }
    }

    /** A quote only the older version had. */
    record QuoteRemoved(String quote, Optional<String> speaker, List<Integer> oldSentences) implements Change {
        public QuoteRemoved {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(speaker, "speaker");
            oldSentences = List.copyOf(oldSentences);
        }

        public List<Integer> newSentences() {
            return List.of();
        }

        public String describe() {
            return "Quote removed" + speaker.map(s -> " (" + s + ")").orElse("") + ": " + Describe.quoted(quote);
        }
    }

    /** The same quote with different words. */
    record QuoteAltered(String from, String to, Optional<String> speaker, List<Integer> oldSentences,
            List<Integer> newSentences) implements Change {
        public QuoteAltered {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(speaker, "speaker");
            oldSentences = List.copyOf(oldSentences);
            newSentences = List.copyOf(newSentences);
        }

        public String describe() {
            return "Quote altered" + speaker.map(s -> " (" + s + ")").orElse("") + ": "
                    + Describe.quoted(from) + " → " + Describe.quoted(to);
        }
    }

    /**
     * A number rewritten inside a sentence that otherwise stayed.
     *
     * @param context the words around the new number in the new sentence
     */
    record NumberChanged(String from, String to, NumberKind kind, String context, int oldSentence, int newSentence)
            implements Change {
        public NumberChanged {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(context, "context");
        }

        public List<Integer> oldSentences() {
            return List.of(oldSentence);
        }

        public List<Integer> newSentences() {
            return List.of(newSentence);
        }

        public String describe() {
            return "Number changed: " + from + " → " + to + " (“" + context + "”)";
        }
    }

    /** A person, place or organisation the older version did not mention at all. */
    record EntityAppeared(String name, EntityKind kind, List<Integer> newSentences) implements Change {
        public EntityAppeared {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            newSentences = List.copyOf(newSentences);
        }

        public List<Integer> oldSentences() {
            return List.of();
        }

        public String describe() {
            return "Newly mentioned " + Describe.kind(kind) + ": " + name;
        }
    }

    /** A person, place or organisation the newer version no longer mentions at all. */
    record EntityDisappeared(String name, EntityKind kind, List<Integer> oldSentences) implements Change {
        public EntityDisappeared {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            oldSentences = List.copyOf(oldSentences);
        }

        public List<Integer> newSentences() {
            return List.of();
        }

        public String describe() {
            return "No longer mentioned " + Describe.kind(kind) + ": " + name;
        }
    }
}
