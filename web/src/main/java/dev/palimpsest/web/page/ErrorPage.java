package dev.palimpsest.web.page;

import dev.palimpsest.render.Html;

/** The page for a request that failed: the status, what went wrong, and ways on. */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static String render(int status, String message) {
        String title = switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Authentication needed";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Too large";
            case 422 -> "Cannot process";
            default -> status >= 500 ? "Server error" : "Request failed";
        };
        return Layout.page(title, Layout.Section.ERROR, "", false, out -> {
            out.append("<section class=\"error\">\n<p class=\"status\">").append(status).append("</p>\n<h1>");
            Html.escapeTo(title, out);
            out.append("</h1>\n<p class=\"why\">");
            Html.escapeTo(message, out);
            out.append("</p>\n<p><a href=\"/\">Latest changes</a> \u00b7 <a href=\"/search\">Search</a> \u00b7 ")
                    .append("<a href=\"/api\">API</a></p>\n</section>\n");
        });
    }
}
