package dev.palimpsest.render;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays an alignment out as rows in the reading order of the new version, with each old-only row
 * (deleted, or moved away) right after the row holding the old sentence before it. Computed from the
 * indices alone, whatever order the aligner listed its edits in.
 */
public final class DiffRows {

    private DiffRows() {
    }

    public static List<DiffRow> of(Alignment alignment) {
        List<DiffRow> withOld = new ArrayList<>();
        List<DiffRow> withNew = new ArrayList<>();
        for (Edit edit : alignment.edits()) {
            for (DiffRow row : rowsOf(edit)) {
                if (!row.oldIndices().isEmpty()) {
                    withOld.add(row);
                }
                if (!row.newIndices().isEmpty()) {
                    withNew.add(row);
                }
            }
        }
        withOld.sort(Comparator.comparingInt(r -> first(r.oldIndices())));
        withNew.sort(Comparator.comparingInt(r -> first(r.newIndices())));
        return merge(withOld, withNew);
    }

    private static List<DiffRow> rowsOf(Edit edit) {
        if (edit.oldIndices().isEmpty()) {
            return List.of(new DiffRow(edit, DiffRow.Side.NEW));
        }
        if (edit.newIndices().isEmpty()) {
            return List.of(new DiffRow(edit, DiffRow.Side.OLD));
        }
        if (edit.moved()) {
            return List.of(new DiffRow(edit, DiffRow.Side.OLD), new DiffRow(edit, DiffRow.Side.NEW));
        }
        return List.of(new DiffRow(edit, DiffRow.Side.BOTH));
    }

    /**
     * Walks both columns together. Old-only rows go first (so deletions precede additions at the same
     * spot), then new-only rows, and a two-sided row waits until both columns reach it. Two-sided rows
     * that cross (an aligner that failed to flag a move) are taken in new order, each exactly once.
     */
    private static List<DiffRow> merge(List<DiffRow> withOld, List<DiffRow> withNew) {
        List<DiffRow> rows = new ArrayList<>(withOld.size() + withNew.size());
        // Rows compare by value; two equal rows would need two equal edits, which coverage rules out.
        Set<DiffRow> done = new HashSet<>();
        int i = 0;
        int j = 0;
        while (true) {
            while (i < withOld.size() && done.contains(withOld.get(i))) {
                i++;
            }
            while (j < withNew.size() && done.contains(withNew.get(j))) {
                j++;
            }
            DiffRow next;
            if (i < withOld.size() && withOld.get(i).side() == DiffRow.Side.OLD) {
                next = withOld.get(i++);
            } else if (j < withNew.size()) {
                next = withNew.get(j++);
            } else if (i < withOld.size()) {
                next = withOld.get(i++);
            } else {
                return rows;
            }
            done.add(next);
            rows.add(next);
        }
    }

    private static int first(List<Integer> indices) {
        return indices.stream().mapToInt(Integer::intValue).min().orElseThrow();
    }
}
