package dev.palimpsest.core.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The entities one version names and the other does not mention at all, in any form: the whole
 * article is compared, not sentence by sentence, so a name that only moved is no change, and
 * "Mr. Koussa" in one version is the "Moussa Koussa" of the other.
 */
final class EntityComparer {

    private EntityComparer() {
    }

    static List<Change> compare(Entities older, Entities newer) {
        List<Change> changes = new ArrayList<>();
        for (Entity e : newer.all()) {
            if (older.all().stream().noneMatch(o -> same(o, e))) {
                changes.add(new Change.EntityAppeared(e.name(), e.kind(), e.sentences()));
            }
        }
        for (Entity e : older.all()) {
            if (newer.all().stream().noneMatch(n -> same(n, e))) {
                changes.add(new Change.EntityDisappeared(e.name(), e.kind(), e.sentences()));
            }
        }
        return changes;
    }

    private static boolean same(Entity a, Entity b) {
        for (String x : a.forms()) {
            for (String y : b.forms()) {
                if (NameKey.of(x).matches(NameKey.of(y))) {
                    return true;
                }
            }
        }
        return false;
    }
}
