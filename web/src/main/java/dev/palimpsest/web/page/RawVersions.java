package dev.palimpsest.web.page;

import dev.palimpsest.store.RawVersion;
import dev.palimpsest.store.Store;
import dev.palimpsest.web.http.HttpProblem;
import dev.palimpsest.web.http.Params;
import dev.palimpsest.web.http.SecurityHeaders;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * {@code /versions/{id}/raw}: a version's input exactly as imported, HTML included, always as
 * {@code text/plain} with {@code nosniff} and a sandboxing policy, so a browser shows it and runs nothing.
 */
public final class RawVersions {

    private final Store store;

    public RawVersions(Store store) {
        this.store = store;
    }

    public void show(Context ctx) {
        String id = Params.publicId(ctx, "id", "version");
        RawVersion raw = store.findRawVersion(id).orElseThrow(() -> HttpProblem.notFound("No version " + Params.quote(id) + "."));
        ctx.header("Content-Security-Policy", SecurityHeaders.RAW_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Disposition", "inline; filename=\"" + id + ".txt\"");
        ctx.contentType("text/plain; charset=utf-8").result(raw.body().getBytes(StandardCharsets.UTF_8));
    }
}
