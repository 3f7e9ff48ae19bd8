package dev.palimpsest.render;

/** Escaping for text that came from an article: all of it is untrusted. */
public final class Html {

    private Html() {
    }

    /**
     * Escapes {@code text} for use as element content or as a quoted attribute value. Quotes are
     * escaped too so that one function is safe in both places; NUL, which browsers treat
     * inconsistently, becomes U+FFFD.
     */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        escapeTo(text, sb);
        return sb.toString();
    }

    public static void escapeTo(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\0' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
    }
}
