package dev.palimpsest.web.page;

import dev.palimpsest.render.Html;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The frame of every page: head (stylesheets from {@code /assets/}, no inline style or script, which
 * the Content-Security-Policy forbids), the site bar with search, the footer and the scripts. Pages
 * fill {@code main}.
 */
public final class Layout {

    /** Which part of the site a page belongs to, for the site bar. */
    public enum Section { HOME, SEARCH, STATS, API, ARTICLE, ERROR }

    private Layout() {
    }

    /**
     * @param query the search box's value
     * @param diffPage whether the page shows a diff: then the hide-unchanged switch precedes {@code main},
     *     where CSS alone can reach the rows from it
     */
    public static String page(String title, Section section, String query, boolean diffPage, Consumer<StringBuilder> main) {
        StringBuilder out = new StringBuilder(32_768);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
        Html.escapeTo(title, out);
        out.append(" \u00b7 Palimpsest</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/diff.css\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/history.css\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"All changes\" href=\"/feeds/changes.atom\">\n")
                .append("<script src=\"/assets/site.js\" defer></script>\n")
                .append("<script src=\"/assets/diff.js\" defer></script>\n")
                .append("<script src=\"/assets/history.js\" defer></script>\n")
                .append("</head>\n<body class=\"s-").append(section.name().toLowerCase(java.util.Locale.ROOT)).append("\">\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n");
        if (diffPage) {
            out.append("<input type=\"checkbox\" id=\"hide-unchanged\" class=\"vh\">\n");
        }
        siteBar(section, query, out);
        out.append("<main id=\"main\" tabindex=\"-1\">\n");
        main.accept(out);
        out.append("</main>\n<footer>Palimpsest shows how news articles change after publication. ")
                .append("<a href=\"/api\">API</a> \u00b7 <a href=\"/feeds/changes.atom\">Atom feed of all changes</a>")
                .append(" \u00b7 Keys on an article: <kbd>j</kbd>/<kbd>k</kbd> next and previous change, <kbd>/</kbd> search.")
                .append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Sends a page as UTF-8 HTML. */
    public static void send(io.javalin.http.Context ctx, String html) {
        ctx.contentType("text/html; charset=utf-8").result(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** How pages name an article: its latest title, else the key its source gave it. */
    public static String name(Optional<String> title, String articleKey) {
        return title.filter(t -> !t.isBlank()).orElse(articleKey);
    }

    private static void siteBar(Section section, String query, StringBuilder out) {
        out.append("<header class=\"site\">\n<nav aria-label=\"Site\">\n<a class=\"home\" href=\"/\"")
                .append(section == Section.HOME ? " aria-current=\"page\"" : "").append(">Palimpsest</a>\n");
        link("/", "Changes", section == Section.HOME, out);
        link("/stats", "Stats", section == Section.STATS, out);
        link("/api", "API", section == Section.API, out);
        out.append("</nav>\n<form class=\"find\" role=\"search\" method=\"get\" action=\"/search\">")
                .append("<label for=\"site-q\" class=\"vh\">Search every version of every article</label>")
                .append("<input type=\"search\" id=\"site-q\" name=\"q\" maxlength=\"500\" placeholder=\"Search all versions\" value=\"");
        Html.escapeTo(query, out);
        out.append("\"><button type=\"submit\">Search</button></form>\n</header>\n");
    }

    private static void link(String href, String label, boolean current, StringBuilder out) {
        out.append("<a href=\"").append(href).append('"').append(current ? " aria-current=\"page\"" : "").append('>')
                .append(label).append("</a>\n");
    }

    /** Previous and next links of a paged list; {@code href} builds the link to an offset. */
    public static void pager(int offset, int limit, boolean hasMore, java.util.function.IntFunction<String> href,
            StringBuilder out) {
        if (offset == 0 && !hasMore) {
            return;
        }
        out.append("<nav class=\"pager\" aria-label=\"Pages\">");
        if (offset > 0) {
            out.append("<a rel=\"prev\" href=\"").append(Html.escape(href.apply(Math.max(0, offset - limit))))
                    .append("\">\u2190 Previous</a>");
        }
        out.append("<span>").append(offset + 1).append("\u2013").append(offset + limit).append("</span>");
        if (hasMore) {
            out.append("<a rel=\"next\" href=\"").append(Html.escape(href.apply(offset + limit))).append("\">Next \u2192</a>");
        }
        out.append("</nav>\n");
    }
}
