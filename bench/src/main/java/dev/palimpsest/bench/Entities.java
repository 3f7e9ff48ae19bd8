package dev.palimpsest.bench;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes the HTML character references found in scraped article text ({@code &rsquo;}, {@code &#8217;}). */
public final class Entities {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("hellip", "\u2026"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"),
            Map.entry("eacute", "\u00E9"), Map.entry("egrave", "\u00E8"), Map.entry("aacute", "\u00E1"),
            Map.entry("iacute", "\u00ED"), Map.entry("oacute", "\u00F3"), Map.entry("uacute", "\u00FA"),
            Map.entry("ntilde", "\u00F1"), Map.entry("ccedil", "\u00E7"), Map.entry("uuml", "\u00FC"),
            Map.entry("ouml", "\u00F6"), Map.entry("auml", "\u00E4"), Map.entry("deg", "\u00B0"),
            Map.entry("pound", "\u00A3"), Map.entry("euro", "\u20AC"), Map.entry("cent", "\u00A2"));

    private Entities() {
    }

    /** Replaces known named and all numeric references; unknown names are left as they are. */
    public static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replacement(String name, String whole) {
        if (name.charAt(0) != '#') {
            return NAMED.getOrDefault(name, whole);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        if (codePoint == 0xA0) {
            return " ";
        }
        return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : whole;
    }
}
