package org.sijill.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.sijill.SijillConfig;
import org.sijill.articles.DataVersion;

/**
 * Strong ETags and Cache-Control on every API read. The tag is derived from the data version (bumped by the database
 * with every committed write, see {@link DataVersion}), the request URI and the Accept header: the three things a
 * representation depends on. It is known before any work is done, so {@code If-None-Match} is answered with 304
 * without running the query. The version is read before the data, so a tag can only be older than its body, never
 * newer: a write during a request costs the client one extra download, never a stale 304.
 */
@ApplicationScoped // a client proxy: the filter is built at static init, the configuration read at first use
public class HttpCaching {

    private static final String TAG = HttpCaching.class.getName() + ".tag";

    /** The body depends on Accept; the CORS headers on Origin. */
    private static final String VARY = "Accept, Origin";

    @Inject
    DataVersion version;

    @Inject
    SijillConfig config;

    @Inject
    ResponseCache cache;

    @ServerRequestFilter
    public Response conditional(ContainerRequestContext request) {
        if (!cacheable(request)) {
            return null;
        }
        EntityTag tag = tag(version.current(), request);
        request.setProperty(TAG, tag);
        Response.ResponseBuilder notModified = request.getRequest().evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl()).header(HttpHeaders.VARY, VARY)
                    .build();
        }
        Response.ResponseBuilder cached = "GET".equals(request.getMethod()) ? cache.get(tag.getValue()) : null;
        return cached == null ? null
                : cached.tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl()).header(HttpHeaders.VARY, VARY)
                        .build();
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(TAG) instanceof EntityTag tag && response.getStatus() == 200) {
            if ("GET".equals(request.getMethod()) && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
                cache.put(tag.getValue(), response.getEntity(), response.getMediaType(), response.getHeaders());
            }
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl());
            response.getHeaders().add(HttpHeaders.VARY, VARY);
        }
    }

    private static boolean cacheable(ContainerRequestContext request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getUriInfo().getRequestUri().getRawPath().startsWith("/api/");
    }

    /** Shared caches may keep a read for max-age seconds; after that they revalidate with the ETag. */
    private String cacheControl() {
        return "public, max-age=" + config.http().maxAge();
    }

    static EntityTag tag(long version, ContainerRequestContext request) {
        var uri = request.getUriInfo().getRequestUri();
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        String key = uri.getRawPath() + "?" + uri.getRawQuery() + "\n" + (accept == null ? "" : accept.strip());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return new EntityTag("v" + version + "-" + HexFormat.of().formatHex(digest, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
