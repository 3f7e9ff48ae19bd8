package dev.palimpsest.core.align.baseline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A port of Python's {@code difflib.SequenceMatcher} (Ratcliff/Obershelp "gestalt" matching) without
 * a junk function but with its default "autojunk" rule: in a second sequence of 200 items or more,
 * items making up more than 1% of it are not used to start matches. Kept faithful so the baseline
 * behaves like the Python tools it stands for.
 */
final class SequenceMatcher<T> {

    /** A run of {@code size} equal items at {@code a[i..]} and {@code b[j..]}. */
    record Block(int i, int j, int size) {
    }

    /** One step of difflib's opcodes: {@code tag} is equal, replace, delete or insert. */
    record Opcode(String tag, int i1, int i2, int j1, int j2) {
    }

    private final List<T> a;
    private final List<T> b;
    private final Map<T, List<Integer>> b2j = new HashMap<>();

    SequenceMatcher(List<T> a, List<T> b) {
        this.a = a;
        this.b = b;
        for (int j = 0; j < b.size(); j++) {
            b2j.computeIfAbsent(b.get(j), k -> new ArrayList<>()).add(j);
        }
        if (b.size() >= 200) {
            int limit = b.size() / 100 + 1;
            Set<T> popular = new HashSet<>();
            b2j.forEach((item, positions) -> {
                if (positions.size() > limit) {
                    popular.add(item);
                }
            });
            popular.forEach(b2j::remove);
        }
    }

    /** Longest matching block in {@code a[alo..ahi)} and {@code b[blo..bhi)}, earliest on ties. */
    Block findLongestMatch(int alo, int ahi, int blo, int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestsize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> newj2len = new HashMap<>();
            for (int j : b2j.getOrDefault(a.get(i), List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                newj2len.put(j, k);
                if (k > bestsize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestsize = k;
                }
            }
            j2len = newj2len;
        }
        // Popular items were left out of b2j; extend over them the way difflib extends over non-junk.
        while (besti > alo && bestj > blo && a.get(besti - 1).equals(b.get(bestj - 1))) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi
                && a.get(besti + bestsize).equals(b.get(bestj + bestsize))) {
            bestsize++;
        }
        return new Block(besti, bestj, bestsize);
    }

    /** Non-overlapping matching blocks in order, adjacent ones joined, ending with a size-0 sentinel. */
    List<Block> matchingBlocks() {
        List<Block> found = new ArrayList<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.size(), 0, b.size()});
        while (!queue.isEmpty()) {
            int[] q = queue.pop();
            Block x = findLongestMatch(q[0], q[1], q[2], q[3]);
            if (x.size() > 0) {
                found.add(x);
                if (q[0] < x.i() && q[2] < x.j()) {
                    queue.push(new int[] {q[0], x.i(), q[2], x.j()});
                }
                if (x.i() + x.size() < q[1] && x.j() + x.size() < q[3]) {
                    queue.push(new int[] {x.i() + x.size(), q[1], x.j() + x.size(), q[3]});
                }
            }
        }
        found.sort(Comparator.comparingInt(Block::i).thenComparingInt(Block::j));
        List<Block> joined = new ArrayList<>();
        int i1 = 0;
        int j1 = 0;
        int k1 = 0;
        for (Block x : found) {
            if (i1 + k1 == x.i() && j1 + k1 == x.j()) {
                k1 += x.size();
            } else {
                if (k1 > 0) {
                    joined.add(new Block(i1, j1, k1));
                }
                i1 = x.i();
                j1 = x.j();
                k1 = x.size();
            }
        }
        if (k1 > 0) {
            joined.add(new Block(i1, j1, k1));
        }
        joined.add(new Block(a.size(), b.size(), 0));
        return joined;
    }

    List<Opcode> opcodes() {
        List<Opcode> codes = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Block x : matchingBlocks()) {
            String tag = i < x.i() && j < x.j() ? "replace" : i < x.i() ? "delete" : j < x.j() ? "insert" : "";
            if (!tag.isEmpty()) {
                codes.add(new Opcode(tag, i, x.i(), j, x.j()));
            }
            i = x.i() + x.size();
            j = x.j() + x.size();
            if (x.size() > 0) {
                codes.add(new Opcode("equal", x.i(), i, x.j(), j));
            }
        }
        return codes;
    }

    /** 2·matches / (|a| + |b|), 1 for two empty sequences. */
    double ratio() {
        int matches = 0;
        for (Block x : matchingBlocks()) {
            matches += x.size();
        }
        int total = a.size() + b.size();
        return total == 0 ? 1.0 : 2.0 * matches / total;
    }
}
