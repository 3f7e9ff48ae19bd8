package dev.palimpsest.core.analysis;

import java.util.Objects;

/** How a sentence says who spoke: by name, by pronoun, by description, or by a pronoun we cannot follow. */
sealed interface Attribution {

    /** "Mr. Hague said", "said Tommy Vietor", "according to Mr. Ibrahim". */
    record Named(NameMention mention) implements Attribution {
        public Named {
            Objects.requireNonNull(mention, "mention");
        }
    }

    /** "he said": someone named before. */
    record Pronoun() implements Attribution {
    }

    /** "one senior American official said": an unnamed source, described. */
    record Described(String description) implements Attribution {
        public Described {
            Objects.requireNonNull(description, "description");
        }
    }

    /** "It said", "they said": attributed, but not to anyone we can name; nothing is inherited. */
    record Unknown() implements Attribution {
    }
}
