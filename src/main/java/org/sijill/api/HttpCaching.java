package org.sijill.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.sijill.SijillConfig;
import org.sijill.articles.DataVersion;

/**
 * Strong ETags, Cache-Control and an in-memory copy of every JSON read. The tag is derived from the data version
 * (bumped by the database with every committed write, see {@link DataVersion}), the request URI and the Accept header:
 * the three things a representation depends on. It is known before any work is done, so {@code If-None-Match} is
 * answered with 304 without running the query.
 * <p>
 * Two steps. On the event loop, while the version is known in memory, a read whose bytes are kept is answered at once
 * (no worker thread, no query). Everything else goes to a worker thread, where the version is read from the database
 * before the data, so a tag can only be older than its body, never newer: a write during a request costs the client
 * one extra download, never a stale 304. The body is then encoded once, and kept under the tag only if the version is
 * still the same after the data was read, so what is kept is exactly that version's data.
 */
@ApplicationScoped // a client proxy: the filter is built at static init, the configuration read at first use
public class HttpCaching {

    private static final String VERSION = HttpCaching.class.getName() + ".version";

    /** What the framework sends for a JSON entity; a kept body is sent with the same header. */
    static final String JSON = "application/json;charset=UTF-8";

    private static final MediaType JSON_TYPE = MediaType.valueOf(JSON);

    /** The body depends on Accept; the CORS headers on Origin. */
    private static final String VARY = "Accept, Origin";

    @Inject
    DataVersion version;

    @Inject
    SijillConfig config;

    @Inject
    ObjectMapper json;

    private ResponseCache cache;

    private String cacheControl;

    @PostConstruct
    void init() {
        cache = new ResponseCache(config.http().cacheSize().asLongValue());
        cacheControl = "public, max-age=" + config.http().maxAge(); // shared caches revalidate with the ETag after it
    }

    /** On the event loop: answered from memory when the version is fresh and the bytes (or the client's tag) match. */
    @ServerRequestFilter(nonBlocking = true, priority = Priorities.AUTHENTICATION - 100) // non-blocking ones run first
    public Response fromMemory(ContainerRequestContext request, HttpServerRequest http) {
        if (!cacheable(request, http)) {
            return null;
        }
        OptionalLong known = version.fresh();
        return known.isPresent() ? answer(known.getAsLong(), request, http) : null;
    }

    /** On a worker thread: the version as the database has it now, read before the resource reads the data. */
    @ServerRequestFilter
    public Response conditional(ContainerRequestContext request, HttpServerRequest http) {
        if (!cacheable(request, http)) {
            return null;
        }
        long current = version.current();
        Response answered = answer(current, request, http);
        if (answered != null) {
            return answered;
        }
        long now = version.read(); // a miss: the data is read next, so the tag must not be older than a moment ago
        answered = now == current ? null : answer(now, request, http);
        if (answered == null) {
            request.setProperty(VERSION, now);
        }
        return answered;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        if (!(request.getProperty(VERSION) instanceof Long v) || response.getStatus() != 200) {
            return;
        }
        String key = key(http);
        String etag = tag(v, key);
        if ("GET".equals(request.getMethod()) && encodable(response)) {
            byte[] body = encode(response.getEntity());
            response.setEntity(body, response.getEntityAnnotations(), JSON_TYPE);
            List<Object> link = response.getHeaders().get("Link");
            if (version.read() == v) { // nothing was committed while the data was read: the body is exactly version v
                cache.put(v, key, new ResponseCache.Entry(etag, body,
                        link == null || link.isEmpty() ? null : String.valueOf(link.get(0))));
            }
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(etag));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.getHeaders().add(HttpHeaders.VARY, VARY);
    }

    /** 304 when the client holds the current tag, 200 from memory when the bytes are kept; otherwise null. */
    private Response answer(long v, ContainerRequestContext request, HttpServerRequest http) {
        String key = key(http);
        ResponseCache.Entry kept = cache.get(v, key);
        if (http.getHeader(HttpHeaders.IF_NONE_MATCH) != null || http.getHeader("If-Match") != null) {
            EntityTag tag = new EntityTag(kept != null ? kept.etag() : tag(v, key));
            Response.ResponseBuilder precondition = request.getRequest().evaluatePreconditions(tag);
            if (precondition != null) {
                return precondition.tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                        .header(HttpHeaders.VARY, VARY).build();
            }
        }
        if (kept == null || !"GET".equals(request.getMethod())) {
            return null;
        }
        var ok = Response.ok(kept.body(), JSON).tag(new EntityTag(kept.etag()))
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, VARY);
        if (kept.link() != null) {
            ok.header("Link", kept.link());
        }
        return ok.build();
    }

    private static boolean cacheable(ContainerRequestContext request, HttpServerRequest http) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && http.path().startsWith("/api/");
    }

    /** A JSON body the framework would encode itself; streams (CSV, GeoJSON) and ready-made bytes are left alone. */
    private static boolean encodable(ContainerResponseContext response) {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType(); // not chosen yet when the resource returned a bare entity: JSON
        return entity != null && (type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                && !(entity instanceof StreamingOutput || entity instanceof String || entity instanceof byte[]
                        || response.getHeaders().containsKey(HttpHeaders.ETAG));
    }

    private byte[] encode(Object entity) {
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request as far as a representation depends on it: raw path and query, and Accept. */
    private static String key(HttpServerRequest http) {
        return ResponseCache.key(http.uri(), http.getHeader(HttpHeaders.ACCEPT));
    }

    static String tag(long version, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "v" + version + "-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
