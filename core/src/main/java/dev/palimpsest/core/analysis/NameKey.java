package dev.palimpsest.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The comparable form of a name: lower-case words without dots or Arabic article prefixes, so that
 * "el-Qaddafi", "al-Qaddafi" and "Qaddafi" agree, and "Koussa" is a suffix of "Moussa Koussa".
 */
record NameKey(List<String> words) {

    NameKey {
        words = List.copyOf(words);
    }

    static NameKey of(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("\\s+")) {
            String word = w.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'');
            for (String prefix : NameLists.PREFIXES) {
                if (word.startsWith(prefix) && word.length() > prefix.length()) {
                    word = word.substring(prefix.length());
                    break;
                }
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new NameKey(words);
    }

    /** This name is the last words of {@code longer}: a short form of it ("Koussa", "Moussa Koussa"). */
    boolean isSuffixOf(NameKey longer) {
        int offset = longer.words.size() - words.size();
        return offset > 0 && longer.words.subList(offset, longer.words.size()).equals(words);
    }

    /** Same name, or one a short form of the other. */
    boolean matches(NameKey other) {
        return equals(other) || isSuffixOf(other) || other.isSuffixOf(this);
    }

    int size() {
        return words.size();
    }
}
