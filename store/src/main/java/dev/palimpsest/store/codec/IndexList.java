package dev.palimpsest.store.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Sentence index lists as text: {@code "3"}, {@code "3,4"}, or {@code ""} for none. */
public final class IndexList {

    private IndexList() {
    }

    public static String encode(List<Integer> indices) {
        return indices.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** @throws IllegalArgumentException quoting the text when it is not a list of integers */
    public static List<Integer> decode(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                out.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an index list: \"" + text + "\"", e);
            }
        }
        return List.copyOf(out);
    }
}
