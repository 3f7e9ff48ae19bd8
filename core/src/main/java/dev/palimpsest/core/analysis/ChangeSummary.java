package dev.palimpsest.core.analysis;

import java.util.List;

/** What changed that matters between two versions, in reading order: furniture, opening, quotes, numbers, names. */
public record ChangeSummary(List<Change> changes) {

    public ChangeSummary {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes of one kind: {@code summary.ofType(Change.QuoteAdded.class)}. */
    public <T extends Change> List<T> ofType(Class<T> type) {
        return changes.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** One line per change. */
    public List<String> describe() {
        return changes.stream().map(Change::describe).toList();
    }
}
