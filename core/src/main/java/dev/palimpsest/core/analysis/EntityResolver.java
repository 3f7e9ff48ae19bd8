package dev.palimpsest.core.analysis;

import dev.palimpsest.core.analysis.NameMention.Cue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups the name mentions of one document into entities and decides what each names.
 *
 * <p>Short forms join the one longer name they end with: "Mr. Koussa" joins "Moussa Koussa",
 * "Colonel Qaddafi" joins "Col. Muammar el-Qaddafi". A short form that ends two different longer
 * names stays on its own rather than guess. A known place never joins a person ("Washington",
 * "George Washington").
 */
final class EntityResolver {

    private EntityResolver() {
    }

    static Entities resolve(List<NameMention> mentions) {
        Map<NameKey, List<NameMention>> groups = new LinkedHashMap<>();
        for (NameMention m : mentions) {
            groups.computeIfAbsent(NameKey.of(m.name()), k -> new ArrayList<>()).add(m);
        }
        Map<NameKey, NameKey> joinedTo = new HashMap<>();
        for (NameKey shortForm : groups.keySet()) {
            findLongForm(shortForm, groups).ifPresent(longForm -> joinedTo.put(shortForm, longForm));
        }
        Map<NameKey, List<NameMention>> merged = new LinkedHashMap<>();
        for (Map.Entry<NameKey, List<NameMention>> group : groups.entrySet()) {
            NameKey target = group.getKey();
            while (joinedTo.containsKey(target)) {
                target = joinedTo.get(target);
            }
            merged.computeIfAbsent(target, k -> new ArrayList<>()).addAll(group.getValue());
        }
        List<Entity> entities = new ArrayList<>();
        Map<NameMention, Entity> byMention = new HashMap<>();
        // Order entities by their first mention, not by the position of their longest form.
        merged.values().stream()
                .sorted((a, b) -> Integer.compare(firstPosition(a), firstPosition(b)))
                .forEach(group -> {
                    Entity entity = new Entity(longestName(group), classify(group), sorted(group));
                    entities.add(entity);
                    group.forEach(m -> byMention.put(m, entity));
                });
        return new Entities(entities, byMention);
    }

    private static Optional<NameKey> findLongForm(NameKey shortForm, Map<NameKey, List<NameMention>> groups) {
        boolean place = groups.get(shortForm).stream().anyMatch(m -> m.has(Cue.KNOWN_PLACE));
        List<NameKey> longer = groups.keySet().stream().filter(shortForm::isSuffixOf).toList();
        if (longer.isEmpty() || place) {
            return Optional.empty();
        }
        // "Bani" ends both "Omar Bani" and "Ahmaed Omar Bani": fine, the longest holds all the others.
        NameKey longest = longer.stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
        boolean consistent = longer.stream().allMatch(k -> k.equals(longest) || k.isSuffixOf(longest));
        boolean longestIsPlace = groups.get(longest).stream().anyMatch(m -> m.has(Cue.KNOWN_PLACE));
        return consistent && !longestIsPlace ? Optional.of(longest) : Optional.empty();
    }

    /**
     * Names carrying an organisation word or listed as organisations are organisations; titles and
     * initials make persons; listed places are places. Otherwise context votes: speech verbs for a
     * person, place prepositions and "X, Country" for a place. A multi-word name with no vote is
     * taken for a person (most are); a single word with no vote stays OTHER.
     */
    static EntityKind classify(List<NameMention> group) {
        if (any(group, Cue.ORGANIZATION_WORD) || any(group, Cue.KNOWN_ORGANIZATION)) {
            return EntityKind.ORGANIZATION;
        }
        if (any(group, Cue.TITLE) || any(group, Cue.INITIALS)) {
            return EntityKind.PERSON;
        }
        if (any(group, Cue.KNOWN_PLACE)) {
            return EntityKind.PLACE;
        }
        if (any(group, Cue.ACRONYM)) {
            return EntityKind.ORGANIZATION;
        }
        long person = count(group, Cue.SPEAKER);
        long place = count(group, Cue.LOCATIVE) + 2 * count(group, Cue.PLACE_APPOSITION);
        if (place > person) {
            return EntityKind.PLACE;
        }
        if (person > 0) {
            return EntityKind.PERSON;
        }
        boolean multiWord = group.stream().anyMatch(m -> NameKey.of(m.name()).size() > 1);
        return multiWord ? EntityKind.PERSON : EntityKind.OTHER;
    }

    private static boolean any(List<NameMention> group, Cue cue) {
        return group.stream().anyMatch(m -> m.has(cue));
    }

    private static long count(List<NameMention> group, Cue cue) {
        return group.stream().filter(m -> m.has(cue)).count();
    }

    private static String longestName(List<NameMention> group) {
        NameMention best = group.get(0);
        for (NameMention m : group) {
            if (NameKey.of(m.name()).size() > NameKey.of(best.name()).size()) {
                best = m;
            }
        }
        return best.name();
    }

    private static int firstPosition(List<NameMention> group) {
        return group.stream().mapToInt(m -> m.sentence() * 100_000 + m.span().start()).min().orElse(0);
    }

    private static List<NameMention> sorted(List<NameMention> group) {
        return group.stream()
                .sorted((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence())
                        : Integer.compare(a.span().start(), b.span().start()))
                .toList();
    }
}
