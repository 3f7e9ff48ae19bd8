package dev.palimpsest.core.segment;

/**
 * What follows a candidate sentence end, after whitespace and opening quotes or brackets.
 *
 * @param kind the class of the first character
 * @param word the letters and apostrophes of the first word ("It's"), possibly empty
 * @param abbreviated whether that word is directly followed by a period ("A." in "Gen. A. Smith")
 * @param label whether that word is directly followed by a colon ("Image:")
 */
record Next(Kind kind, String word, boolean abbreviated, boolean label) {

    enum Kind { LOWER, UPPER, DIGIT, DASH, OTHER, NONE }

    static Next read(char[] text, int from, int limit) {
        int k = from;
        while (k < limit && Chars.isSpace(text[k])) {
            k++;
        }
        while (k < limit && Chars.isOpener(text[k])) {
            k++;
        }
        if (k >= limit) {
            return new Next(Kind.NONE, "", false, false);
        }
        int w = k;
        while (w < limit && (Chars.isLetter(text[w]) || isApostrophe(text, w, limit))) {
            w++;
        }
        String word = Chars.string(text, k, w);
        boolean abbreviated = w < limit && text[w] == '.';
        boolean label = w < limit && text[w] == ':';
        return new Next(kindOf(text, k, limit, word), word, abbreviated, label);
    }

    private static boolean isApostrophe(char[] text, int i, int limit) {
        char c = text[i];
        return (c == '\'' || c == '’') && i + 1 < limit && Chars.isLetter(text[i + 1]);
    }

    private static Kind kindOf(char[] text, int k, int limit, String word) {
        char c = text[k];
        if (Character.isLowerCase(c)) {
            // "eBay", "iPhone": brand names with an inner capital start sentences in lower case.
            return word.chars().anyMatch(Character::isUpperCase) ? Kind.UPPER : Kind.LOWER;
        }
        if (Chars.isLetter(c)) {
            return Kind.UPPER; // upper, title case, or a script without case
        }
        if (Character.isDigit(c)) {
            return Kind.DIGIT;
        }
        if (Character.getType(c) == Character.CURRENCY_SYMBOL && k + 1 < limit && Character.isDigit(text[k + 1])) {
            return Kind.DIGIT;
        }
        return Chars.isDash(c) ? Kind.DASH : Kind.OTHER;
    }
}
