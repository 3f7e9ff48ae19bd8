package dev.palimpsest.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding for test URLs. */
final class Urls {

    private Urls() {
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
