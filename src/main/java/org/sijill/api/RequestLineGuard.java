package org.sijill.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Rejects a request line the framework cannot decode, before any route runs, with a problem document: a URI that
 * is not RFC 3986 ({@code %zz}, a lone {@code %}, a raw space), bytes that are not UTF-8 ({@code %ED%A0%80}) and NUL
 * ({@code %00}, which PostgreSQL refuses in text). Quarkus' own check answers the first with an empty 400, so
 * {@link org.sijill.boot.SijillMain} (and the build, for tests) sets {@code vertx.disableURIValidation=true} and this
 * guard does the same check itself; without it the database turned NUL into a 500.
 */
@ApplicationScoped
public class RequestLineGuard {

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        // anything else the router itself fails with 400 (before our resources) still becomes a problem document
        router.errorHandler(400, ctx -> respond(ctx, "The request line could not be decoded"));
    }

    private void check(RoutingContext ctx) {
        String why = why(ctx.request().uri());
        if (why == null) {
            ctx.next();
        } else {
            respond(ctx, why);
        }
    }

    /** Why this raw request target is unacceptable, or null. */
    static String why(String uri) {
        if (uri == null) {
            return "No request URI";
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            return "The request URI is not valid (RFC 3986): " + e.getReason();
        }
        var bytes = ByteBuffer.allocate(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0
                        || Character.digit(uri.charAt(i + 2), 16) < 0) {
                    return "Malformed percent-encoding in the request URI: '%' must be followed by two hex digits";
                }
                int b = Character.digit(uri.charAt(i + 1), 16) * 16 + Character.digit(uri.charAt(i + 2), 16);
                if (b == 0) {
                    return "The request URI contains a NUL character (%00)";
                }
                bytes.put((byte) b);
                i += 2;
            } else if (c > 0x7F) {
                bytes.put((byte) '?'); // raw non-ASCII is the server's business; only escapes are checked here
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
        } catch (CharacterCodingException e) {
            return "The request URI is not percent-encoded UTF-8";
        }
        return null;
    }

    private void respond(RoutingContext ctx, String detail) {
        String path = ctx.request().uri();
        int q = path == null ? -1 : path.indexOf('?');
        path = path == null ? null : q < 0 ? path : path.substring(0, q);
        var problem = new Problem(ProblemTypes.BAD_REQUEST, "Bad request", 400, detail,
                path != null && why(path) == null ? path : null, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"" + ProblemTypes.BAD_REQUEST + "\",\"title\":\"Bad request\",\"status\":400}";
        }
        ctx.response().setStatusCode(400).putHeader("Content-Type", ProblemMapper.PROBLEM_JSON).end(body);
    }
}
