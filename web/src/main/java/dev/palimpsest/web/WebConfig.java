package dev.palimpsest.web;

import java.util.Objects;
import java.util.Optional;

/**
 * How to run the server.
 *
 * @param host the interface to listen on ({@value #DEFAULT_HOST}: this machine only)
 * @param port the port, 0 for any free one
 * @param adminToken without it the server is read-only; with it, write endpoints accept
 *     {@code Authorization: Bearer <token>} (at least {@value #MIN_TOKEN_LENGTH} characters)
 * @param maxDiffSentences a diff of two versions is refused (413) when either has more sentences
 * @param maxImportBytes the largest request body {@code POST /api/import} accepts
 * @param baseUrl absolute links in feeds start with this ({@code https://example.org}); without it,
 *     with the scheme and host the request came to
 */
public record WebConfig(String host, int port, Optional<String> adminToken, int maxDiffSentences, long maxImportBytes,
        Optional<String> baseUrl) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_DIFF_SENTENCES = 5_000;
    public static final long DEFAULT_MAX_IMPORT_BYTES = 64L * 1024 * 1024;
    public static final int MIN_TOKEN_LENGTH = 16;

    public WebConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535: " + port);
        }
        if (adminToken.isPresent() && (adminToken.get().length() < MIN_TOKEN_LENGTH || adminToken.get().isBlank())) {
            throw new IllegalArgumentException("the admin token must have at least " + MIN_TOKEN_LENGTH + " characters");
        }
        if (maxDiffSentences < 1) {
            throw new IllegalArgumentException("maxDiffSentences must be positive: " + maxDiffSentences);
        }
        if (maxImportBytes < 1) {
            throw new IllegalArgumentException("maxImportBytes must be positive: " + maxImportBytes);
        }
        baseUrl = baseUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        if (baseUrl.isPresent() && !baseUrl.get().matches("https?://[^\\s\"'<>]+")) {
            throw new IllegalArgumentException("base URL must be an http(s) URL: " + baseUrl.get());
        }
    }

    /** This machine only, port {@value #DEFAULT_PORT}, read-only. */
    public static WebConfig defaults() {
        return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, Optional.empty(), DEFAULT_MAX_DIFF_SENTENCES,
                DEFAULT_MAX_IMPORT_BYTES, Optional.empty());
    }

    public WebConfig withHost(String value) {
        return new WebConfig(value, port, adminToken, maxDiffSentences, maxImportBytes, baseUrl);
    }

    public WebConfig withPort(int value) {
        return new WebConfig(host, value, adminToken, maxDiffSentences, maxImportBytes, baseUrl);
    }

    public WebConfig withAdminToken(String value) {
        return new WebConfig(host, port, Optional.of(value), maxDiffSentences, maxImportBytes, baseUrl);
    }

    public WebConfig withMaxDiffSentences(int value) {
        return new WebConfig(host, port, adminToken, value, maxImportBytes, baseUrl);
    }

    public WebConfig withMaxImportBytes(long value) {
        return new WebConfig(host, port, adminToken, maxDiffSentences, value, baseUrl);
    }

    public WebConfig withBaseUrl(String value) {
        return new WebConfig(host, port, adminToken, maxDiffSentences, maxImportBytes, Optional.of(value));
    }

    /** Whether write endpoints are enabled. */
    public boolean writable() {
        return adminToken.isPresent();
    }
}
