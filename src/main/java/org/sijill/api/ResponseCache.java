package org.sijill.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON reads kept in memory as the bytes sent, under the request they answer (data version, URI, Accept), so that a
 * repeated read is a lookup and a copy. An entry can never be served for changed data: the key names the data version,
 * and when a newer version is stored every older entry is dropped at once. Bounded by the bytes held; the least
 * recently used entries go first, and a body larger than an eighth of the budget is not kept at all.
 */
final class ResponseCache {

    /** What a 200 needs besides the caching headers: the strong tag, the body and the next-page link. */
    record Entry(String etag, byte[] body, String link) {
    }

    /** Per entry besides the body: the key string, the record, the map node (an estimate, on the safe side). */
    private static final int OVERHEAD = 256;

    private final long budget;

    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);

    private long bytes;

    private long version = Long.MIN_VALUE;

    ResponseCache(long budgetBytes) {
        this.budget = Math.max(0, budgetBytes);
    }

    /** The key of a read within one data version: its raw path and query, and its Accept header. */
    static String key(String pathAndQuery, String accept) {
        return pathAndQuery + "\n" + (accept == null ? "" : accept.strip());
    }

    synchronized Entry get(long version, String key) {
        return version == this.version ? entries.get(key) : null;
    }

    synchronized void put(long version, String key, Entry entry) {
        long size = size(key, entry);
        if (version < this.version || size > budget / 8) {
            return;
        }
        if (version > this.version) {
            entries.clear();
            bytes = 0;
            this.version = version;
        }
        Entry old = entries.put(key, entry);
        bytes += size - (old == null ? 0 : size(key, old));
        var eldest = entries.entrySet().iterator();
        while (bytes > budget && eldest.hasNext()) {
            var e = eldest.next();
            bytes -= size(e.getKey(), e.getValue());
            eldest.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return entries.size();
    }

    private static long size(String key, Entry e) {
        return OVERHEAD + 2L * key.length() + e.body().length + 2L * e.etag().length()
                + (e.link() == null ? 0 : 2L * e.link().length());
    }
}
