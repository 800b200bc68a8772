package org.sijill.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request body declared larger than {@code quarkus.http.limits.max-body-size} with a 413 problem document,
 * before any of it is read. (The HTTP layer's own check, which runs next, answers with an empty 413; it still
 * catches a chunked body with no Content-Length that grows past the limit.)
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        maxBodySize.ifPresent(max -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(ctx -> check(ctx, max.asLongValue())));
    }

    private void check(RoutingContext ctx, long max) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= max) {
            ctx.next();
            return;
        }
        var problem = new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", 413, "The request body is "
                + length + " bytes; at most " + max + " are accepted", ctx.request().path(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":413}";
        }
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
                .putHeader("Connection", "close").end(body); // the unread body is not worth keeping the connection for
    }
}
