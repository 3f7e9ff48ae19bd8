package dev.palimpsest.core.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A person, place or organisation of one document with all its mentions, short forms merged:
 * "Mr. Koussa" and "Moussa Koussa" are one entity named by the longest form.
 */
public record Entity(String name, EntityKind kind, List<NameMention> mentions) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity without mentions: " + name);
        }
    }

    /** The sentences that mention it, in order, each once. */
    public List<Integer> sentences() {
        return mentions.stream().map(NameMention::sentence).distinct().sorted().toList();
    }

    /** The distinct names it goes by: "Muammar el-Qaddafi", "Qaddafi". */
    public List<String> forms() {
        return mentions.stream().map(NameMention::name).distinct().toList();
    }
}
