package dev.palimpsest.web.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;

/**
 * Guards the endpoints that change data. Without a configured token the server is read-only and they
 * answer 403; with one, a request needs {@code Authorization: Bearer <token>}: 401 without it, 403
 * with a wrong one. Tokens are compared in constant time (digests compared with
 * {@link MessageDigest#isEqual}, so neither content nor length leaks through timing).
 */
public final class AdminAuth {

    private final Optional<byte[]> tokenDigest;

    public AdminAuth(Optional<String> token) {
        this.tokenDigest = Objects.requireNonNull(token, "token").map(AdminAuth::digest);
    }

    /** @throws HttpProblem 403 on a read-only server or with a wrong token, 401 without a bearer token */
    public void require(Context ctx) {
        if (tokenDigest.isEmpty()) {
            throw HttpProblem.forbidden("This server is read-only: start it with --admin-token to enable changes.");
        }
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        if (header == null || header.length() <= prefix.length() || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw HttpProblem.unauthorized("This endpoint needs the admin token: Authorization: Bearer <token>.");
        }
        byte[] given = digest(header.substring(prefix.length()).strip());
        if (!MessageDigest.isEqual(given, tokenDigest.get())) {
            throw HttpProblem.forbidden("Wrong admin token.");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
