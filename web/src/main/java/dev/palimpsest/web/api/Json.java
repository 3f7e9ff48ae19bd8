package dev.palimpsest.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * JSON bodies, built field by field (no reflection, so the documented shape is the code's): snake_case
 * names, absent optionals as {@code null}, times as ISO 8601 UTC strings.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static void put(ObjectNode node, String field, Optional<?> value) {
        if (value.isEmpty()) {
            node.putNull(field);
        } else if (value.get() instanceof Instant t) {
            node.put(field, t.toString());
        } else if (value.get() instanceof Number n) {
            node.put(field, n.longValue());
        } else {
            node.put(field, value.get().toString());
        }
    }

    public static ArrayNode ints(List<Integer> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    public static void send(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8")
                    .result(MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static void send(Context ctx, JsonNode body) {
        send(ctx, 200, body);
    }

    /** {@code {"error": {"status": 404, "message": "..."}}}. */
    public static ObjectNode error(int status, String message) {
        ObjectNode body = object();
        ObjectNode error = body.putObject("error");
        error.put("status", status);
        error.put("message", message);
        return body;
    }
}
