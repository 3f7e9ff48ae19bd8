package dev.palimpsest.web;

import dev.palimpsest.store.StoreException;
import dev.palimpsest.web.api.Json;
import dev.palimpsest.web.http.HttpProblem;
import dev.palimpsest.web.http.SecurityHeaders;
import dev.palimpsest.web.page.ErrorPage;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: a JSON error body
 * ({@code {"error": {"status": 404, "message": "..."}}}) under {@code /api/}, an HTML page elsewhere.
 * {@link HttpProblem}s carry their status and a message meant for the client; Javalin's own (no such
 * route, wrong method, body too large) keep theirs; a bad argument is a 400; anything else is logged
 * and answered with a 500 that tells nothing about internals.
 */
final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(HttpProblem.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), javalinMessage(e)));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> respond(ctx, 400, String.valueOf(e.getMessage())));
        routes.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store failed on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "The database failed to answer. Try again later.");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("failed on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Something went wrong on our side.");
        });
    }

    static void respond(Context ctx, int status, String message) {
        SecurityHeaders.apply(ctx);
        ctx.header("Cache-Control", "no-store");
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"palimpsest\"");
        }
        if (ctx.path().startsWith("/api/")) {
            Json.send(ctx, status, Json.error(status, message));
        } else {
            ctx.status(status).contentType("text/html; charset=utf-8")
                    .result(ErrorPage.render(status, message).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String javalinMessage(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "Nothing here.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The request body is too large.";
            default -> e.getMessage() == null || e.getMessage().isBlank() ? "Request failed." : e.getMessage();
        };
    }
}
