package dev.palimpsest.web.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/**
 * The stylesheets and scripts, served from this server so that the policy can forbid inline code: the
 * diff and history assets of the render module (the same the self-contained CLI pages inline) and the
 * site's own. A fixed list, read once; anything else is a 404.
 */
public final class Assets {

    private record Asset(String contentType, byte[] bytes) {
    }

    private final Map<String, Asset> assets;

    public Assets() {
        this.assets = Map.of(
                "diff.css", load("/dev/palimpsest/render/diff.css", "text/css; charset=utf-8"),
                "history.css", load("/dev/palimpsest/render/history.css", "text/css; charset=utf-8"),
                "diff.js", load("/dev/palimpsest/render/diff.js", "text/javascript; charset=utf-8"),
                "history.js", load("/dev/palimpsest/render/history.js", "text/javascript; charset=utf-8"),
                "site.css", load("/dev/palimpsest/web/site.css", "text/css; charset=utf-8"),
                "site.js", load("/dev/palimpsest/web/site.js", "text/javascript; charset=utf-8"));
    }

    public void serve(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("name"));
        if (asset == null) {
            throw HttpProblem.notFound("No asset " + Params.quote(ctx.pathParam("name")) + ".");
        }
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    /** No icon: an empty answer rather than a 404 in every browser console. */
    public void favicon(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.status(204);
    }

    private static Asset load(String resource, String contentType) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "missing resource " + resource);
            return new Asset(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
