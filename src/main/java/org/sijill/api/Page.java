package org.sijill.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of every collection: never a bare array, and {@code total} says how many match in all. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        List<T> items,
        @Schema(description = "How many items match in all") long total,
        int offset,
        int limit,
        @Schema(description = "Link to the next page; absent on the last page") String next) {

    public static <T> Page<T> of(List<T> items, long total, int offset, int limit, UriInfo uri) {
        String next = null;
        if ((long) offset + items.size() < total) {
            URI u = uri.getRequestUriBuilder().replaceQueryParam("offset", offset + limit)
                    .replaceQueryParam("limit", limit).build();
            next = u.getRawPath() + "?" + u.getRawQuery();
        }
        return new Page<>(items, total, offset, limit, next);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total, offset, limit, next);
    }

    /** 200 with the RFC 8288 {@code Link: <...>; rel="next"} header when there is a next page. */
    public Response toResponse() {
        var builder = Response.ok(this);
        if (next != null) {
            builder.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return builder.build();
    }
}
