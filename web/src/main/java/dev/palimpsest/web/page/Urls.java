package dev.palimpsest.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Links between pages. Values are percent-encoded here; the HTML around them is escaped by the caller. */
public final class Urls {

    private Urls() {
    }

    public static String article(String articleId) {
        return "/articles/" + articleId;
    }

    /** The article page showing the diff {@code from -> to}, optionally inline, at {@code fragment}. */
    public static String compare(String articleId, int from, int to, boolean inline, String fragment) {
        return article(articleId) + "?from=" + from + "&to=" + to + (inline ? "&view=inline" : "") + "#" + fragment;
    }

    public static String raw(String versionId) {
        return "/versions/" + versionId + "/raw";
    }

    public static String articleFeed(String articleId) {
        return "/feeds/articles/" + articleId + ".atom";
    }

    public static String sourceFeed(String source) {
        return "/feeds/sources/" + encode(source) + ".atom";
    }

    /** Where a search hit's sentence is shown: resolved by the article page's locate route. */
    public static String locate(String articleId, int version, String text) {
        return article(articleId) + "/locate?version=" + version + "&text=" + encode(text);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code path?k=v&...} with the present values, in order; pairs are name, value. */
    public static String query(String path, Object... pairs) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value instanceof Optional<?> o) {
                if (o.isEmpty()) {
                    continue;
                }
                value = o.get();
            }
            if (value == null || value.toString().isEmpty()) {
                continue;
            }
            sb.append(sep).append(encode(pairs[i].toString())).append('=').append(encode(value.toString()));
            sep = '&';
        }
        return sb.toString();
    }

    /** The url as a link target when it is an http(s) URL; other schemes ({@code javascript:}, {@code data:}) are never links. */
    public static Optional<String> external(String url) {
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        if ((lower.startsWith("http://") || lower.startsWith("https://")) && u.length() <= 2048
                && u.chars().noneMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of(u);
        }
        return Optional.empty();
    }
}
