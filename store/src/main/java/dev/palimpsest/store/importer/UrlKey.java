package dev.palimpsest.store.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The identity of a url: the same page under http and https, with and without {@code www.}, a
 * trailing slash, a fragment or tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid})
 * has one key. Addresses the identity pain points of diffengine#17 and NewsDiffs#36.
 */
public final class UrlKey {

    private UrlKey() {
    }

    public static String of(String url) {
        String raw = url.strip();
        try {
            URI uri = new URI(raw);
            if (uri.getHost() == null) {
                return raw;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String port = uri.getPort() < 0 || uri.getPort() == 80 || uri.getPort() == 443 ? "" : ":" + uri.getPort();
            String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !isTracking(p))
                    .collect(Collectors.joining("&"));
            return host + port + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return raw;
        }
    }

    private static boolean isTracking(String param) {
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid");
    }
}
