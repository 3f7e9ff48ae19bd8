package dev.palimpsest.core.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The entities of one document and which entity each name mention refers to. */
public final class Entities {

    private final List<Entity> all;
    private final Map<NameMention, Entity> byMention;
    private final Map<Integer, List<NameMention>> bySentence;

    Entities(List<Entity> all, Map<NameMention, Entity> byMention) {
        this.all = List.copyOf(all);
        this.byMention = Map.copyOf(byMention);
        this.bySentence = Map.copyOf(byMention.keySet().stream()
                .sorted(Comparator.comparingInt(m -> m.span().start()))
                .collect(Collectors.groupingBy(NameMention::sentence, Collectors.toUnmodifiableList())));
    }

    /** In order of first mention. */
    public List<Entity> all() {
        return all;
    }

    public Optional<Entity> entityOf(NameMention mention) {
        return Optional.ofNullable(byMention.get(mention));
    }

    /** The mentions in one sentence, in text order. */
    public List<NameMention> mentionsIn(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /** The full name behind a mention: "William Hague" for "Mr. Hague". */
    public String fullName(NameMention mention) {
        return entityOf(mention).map(Entity::name).orElse(mention.name());
    }
}
