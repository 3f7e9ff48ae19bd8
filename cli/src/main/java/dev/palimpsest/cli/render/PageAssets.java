package dev.palimpsest.cli.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's stylesheet and script, inlined so the page works offline and alone, and the Content
 * Security Policy that admits exactly these two blocks by hash: nothing else may run, load or connect,
 * so even markup that slipped past escaping could not execute.
 */
record PageAssets(String css, String js) {

    static PageAssets load() {
        return new PageAssets(resource("diff.css"), resource("diff.js"));
    }

    String contentSecurityPolicy() {
        return "default-src 'none'; style-src '" + sha256(css) + "'; script-src '" + sha256(js)
                + "'; base-uri 'none'; form-action 'none'";
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
