package dev.palimpsest.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import dev.palimpsest.render.Html;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /api}: the endpoints of the JSON API as a page, read from the same OpenAPI document that
 * {@code /api/openapi.json} serves, so the two cannot disagree.
 */
public final class ApiDocsPage {

    private final String html;

    public ApiDocsPage(JsonNode openApi) {
        this.html = render(openApi);
    }

    public void show(Context ctx) {
        Layout.send(ctx, html);
    }

    private static String render(JsonNode api) {
        return Layout.page("API", Layout.Section.API, "", false, out -> {
            out.append("<header class=\"top\">\n<h1>");
            Html.escapeTo(api.path("info").path("title").asText("API"), out);
            out.append("</h1>\n<p class=\"meta\">");
            Html.escapeTo(api.path("info").path("description").asText(""), out);
            out.append("</p>\n<p class=\"meta\">Machine-readable: <a href=\"/api/openapi.json\">OpenAPI 3.1 document</a>.")
                    .append(" Feeds: <a href=\"/feeds/changes.atom\">/feeds/changes.atom</a>,")
                    .append(" <code>/feeds/sources/{source}.atom</code>, <code>/feeds/articles/{id}.atom</code>.</p>\n</header>\n")
                    .append("<section class=\"sec\" aria-labelledby=\"ep-h\">\n<h2 id=\"ep-h\">Endpoints</h2>\n<dl class=\"endpoints\">\n");
            for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                    if (op.getValue().isObject() && !op.getKey().equals("parameters")) {
                        endpoint(path.getKey(), op.getKey(), op.getValue(), out);
                    }
                }
            }
            out.append("</dl>\n</section>\n");
        });
    }

    private static void endpoint(String path, String method, JsonNode op, StringBuilder out) {
        out.append("<div class=\"ep\"><dt><span class=\"method\">").append(Html.escape(method.toUpperCase(java.util.Locale.ROOT)))
                .append("</span> <code>").append(Html.escape(path)).append("</code></dt>\n<dd><p>");
        Html.escapeTo(op.path("summary").asText(""), out);
        out.append("</p>");
        if (op.has("description")) {
            out.append("<p class=\"desc\">");
            Html.escapeTo(op.path("description").asText(), out);
            out.append("</p>");
        }
        JsonNode params = op.path("parameters");
        if (params.isArray() && !params.isEmpty()) {
            out.append("<ul class=\"params\">");
            for (JsonNode p : params) {
                out.append("<li><code>");
                Html.escapeTo(p.path("name").asText(), out);
                out.append("</code> <span class=\"in\">(");
                Html.escapeTo(p.path("in").asText(), out);
                out.append(p.path("required").asBoolean(false) ? ", required" : "").append(")</span> ");
                Html.escapeTo(p.path("description").asText(""), out);
                out.append("</li>");
            }
            out.append("</ul>");
        }
        if (op.has("security")) {
            out.append("<p class=\"auth\">Needs the admin token: <code>Authorization: Bearer &lt;token&gt;</code>.</p>");
        }
        out.append("</dd></div>\n");
    }
}
