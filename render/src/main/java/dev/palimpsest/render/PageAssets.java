package dev.palimpsest.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A page's stylesheet and script, inlined so the page works offline and alone, and the Content
 * Security Policy that admits exactly these two blocks by hash: nothing else may run, load or connect,
 * so even markup that slipped past escaping could not execute.
 */
record PageAssets(String css, String js) {

    /** The diff page: {@code diff.css} and {@code diff.js}. */
    static PageAssets diffPage() {
        return load(List.of("diff.css"), List.of("diff.js"));
    }

    /** The history page: the diff page's assets (its diff viewer is the same) plus its own. */
    static PageAssets historyPage() {
        return load(List.of("diff.css", "history.css"), List.of("diff.js", "history.js"));
    }

    /** Joins the named resources (next to this class) into one stylesheet and one script. */
    static PageAssets load(List<String> cssNames, List<String> jsNames) {
        return new PageAssets(join(cssNames), join(jsNames));
    }

    String contentSecurityPolicy() {
        return "default-src 'none'; style-src '" + sha256(css) + "'; script-src '" + sha256(js)
                + "'; base-uri 'none'; form-action 'none'";
    }

    /** Everything up to and including {@code <body>}: the policy first, before anything it governs. */
    void appendHead(String title, StringBuilder out) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(contentSecurityPolicy()).append("\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<meta name=\"color-scheme\" content=\"light dark\">\n");
        out.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        out.append("<meta name=\"generator\" content=\"Palimpsest\">\n");
        out.append("<title>");
        Html.escapeTo(title, out);
        out.append("</title>\n<style>").append(css).append("</style>\n</head>\n<body>\n");
    }

    /** The footer, the script and the end of the page. */
    void appendEnd(StringBuilder out) {
        out.append("<footer>Made by Palimpsest. This page is self-contained: it loads nothing from the network.</footer>\n");
        out.append("<script>").append(js).append("</script>\n</body>\n</html>\n");
    }

    private static String join(List<String> names) {
        return names.stream().map(PageAssets::resource).collect(Collectors.joining("\n"));
    }

    private static String resource(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + PageAssets.class.getName());
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Closing the inline block early would let the rest be read as markup.
            if (text.contains("</")) {
                throw new IllegalStateException("resource " + name + " must not contain \"</\"");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
