package org.sijill.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON reads kept in memory under their ETag. The tag already names the data version, the URI and Accept, so an entry
 * can never be served for changed data: after a write the version moves on and old entries simply age out. Only the
 * response body object and the headers that matter are kept; CSV and GeoJSON streams are never cached.
 */
@ApplicationScoped
public class ResponseCache {

    private static final int MAX_ENTRIES = 2_000;

    private record Entry(Object entity, String link, String contentType) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The cached 200 for this tag, as a response builder to finish with the caching headers; null on a miss. */
    synchronized Response.ResponseBuilder get(String tag) {
        Entry e = entries.get(tag);
        if (e == null) {
            return null;
        }
        var builder = Response.ok(e.entity(), e.contentType());
        if (e.link() != null) {
            builder.header("Link", e.link());
        }
        return builder;
    }

    synchronized void put(String tag, Object entity, MediaType type, MultivaluedMap<String, Object> headers) {
        // the media type may not be chosen yet when the resource returned a bare entity: JSON is the default here
        boolean json = type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
        if (entity == null || !json || entity instanceof jakarta.ws.rs.core.StreamingOutput
                || entity instanceof String || entity instanceof byte[]) {
            return;
        }
        List<Object> link = headers.get("Link");
        entries.put(tag, new Entry(entity, link == null || link.isEmpty() ? null : String.valueOf(link.get(0)),
                MediaType.APPLICATION_JSON));
    }
}
