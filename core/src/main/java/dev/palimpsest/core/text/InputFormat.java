package dev.palimpsest.core.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** How to read an input: as plain text (entities still decoded) or as HTML. */
public enum InputFormat {
    TEXT, HTML;

    private static final Pattern HTML_MARKUP =
            Pattern.compile("(?i)<(?:/?(?:p|br|div|html|body|article|section|span|h[1-6]|li|ul|ol|table|a|em|strong|b|i|blockquote)\\b[^<>]*|!doctype html)>");

    /** HTML when the file name says so or the content carries markup (NewsEdits bodies are HTML in .txt). */
    public static InputFormat detect(String fileName, String content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        return content.indexOf('<') >= 0 && HTML_MARKUP.matcher(content).find() ? HTML : TEXT;
    }
}
