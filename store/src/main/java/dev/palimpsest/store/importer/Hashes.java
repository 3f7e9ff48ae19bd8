package dev.palimpsest.store.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** Content hashes and public ids: SHA-256, hex. */
public final class Hashes {

    /** Hex characters of a public id: 64 bits, collision-free in practice below billions of rows. */
    public static final int PUBLIC_ID_LENGTH = 16;

    private Hashes() {
    }

    /** What makes two versions the same: title and normalized text. */
    public static String content(Optional<String> title, String normalizedText) {
        return sha256(title.orElse("") + "\u0000" + normalizedText);
    }

    /** An article's public id, from its source and its first article key. */
    public static String article(String source, String articleKey) {
        return sha256("article\u0000" + source + "\u0000" + articleKey).substring(0, PUBLIC_ID_LENGTH);
    }

    /**
     * A version's public id, from its article, its content and the observation that started it (time
     * seen, or none, and the occurrence number of that content and time in the article).
     */
    public static String version(String articleId, String contentHash, Optional<Instant> seen, int occurrence) {
        String when = seen.map(t -> Long.toString(t.toEpochMilli())).orElse("-");
        return sha256("version\u0000" + articleId + "\u0000" + contentHash + "\u0000" + when + "\u0000" + occurrence)
                .substring(0, PUBLIC_ID_LENGTH);
    }

    /** A 64-bit lock key for an article identity (PostgreSQL advisory locks). */
    public static long lockKey(String identity) {
        return Long.parseUnsignedLong(sha256("lock\u0000" + identity).substring(0, 16), 16);
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
