package dev.palimpsest.web.http;

import io.javalin.http.Context;

/**
 * Headers on every response. Article text is hostile input: pages escape all of it, and the policy
 * makes sure that anything that slipped through could neither run nor load nor send anything: scripts
 * and styles only from this server's {@code /assets/}, no inline script or style, no plugins, no
 * frames of or around our pages, forms only to this server.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** For raw versions: shown as text, and even a browser that sniffed would run nothing. */
    public static final String RAW_POLICY = "sandbox; default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }
}
