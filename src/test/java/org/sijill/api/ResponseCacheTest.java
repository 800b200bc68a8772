package org.sijill.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    private static ResponseCache.Entry body(int bytes) {
        return new ResponseCache.Entry("v1-tag", new byte[bytes], null);
    }

    @Test
    void holdsNoMoreBytesThanItsBudgetDroppingTheLeastRecentlyUsed() {
        var cache = new ResponseCache(80_000);
        for (int i = 0; i < 100; i++) {
            cache.put(1, "/api/v1/incidents?offset=" + i, body(9_000));
            assertTrue(cache.bytes() <= 80_000, "after " + (i + 1) + " entries: " + cache.bytes() + " bytes");
            cache.get(1, "/api/v1/incidents?offset=0"); // used all the time: stays
        }
        assertEquals(8, cache.size()); // 8 x (9,000 + ~320 overhead) fit in 80,000; a ninth does not
        assertNotNull(cache.get(1, "/api/v1/incidents?offset=0"));
        assertNotNull(cache.get(1, "/api/v1/incidents?offset=99"));
        assertNull(cache.get(1, "/api/v1/incidents?offset=1"));
    }

    @Test
    void aBodyLargerThanAnEighthOfTheBudgetIsNotKept() {
        var cache = new ResponseCache(80_000);
        cache.put(1, "/api/v1/figures?limit=500", body(10_001));
        assertNull(cache.get(1, "/api/v1/figures?limit=500"));
        assertEquals(0, cache.bytes());
    }

    @Test
    void aNewerVersionDropsEveryOlderEntryAndOlderOnesAreNotStored() {
        var cache = new ResponseCache(80_000);
        cache.put(1, "/api/v1/incidents", body(100));
        cache.put(1, "/api/v1/figures", body(100));
        cache.put(2, "/api/v1/incidents", body(200));
        assertEquals(1, cache.size());
        assertNull(cache.get(1, "/api/v1/incidents"));
        assertNull(cache.get(2, "/api/v1/figures"));
        assertEquals(200, cache.get(2, "/api/v1/incidents").body().length);
        cache.put(1, "/api/v1/figures", body(100)); // computed before the write, finished after it: not kept
        assertNull(cache.get(2, "/api/v1/figures"));
        assertEquals(1, cache.size());
    }

    @Test
    void theKeySeparatesRepresentations() {
        var cache = new ResponseCache(80_000);
        cache.put(1, ResponseCache.key("/api/v1/incidents", "application/json"), body(100));
        assertNull(cache.get(1, ResponseCache.key("/api/v1/incidents", "text/csv")));
        assertNull(cache.get(1, ResponseCache.key("/api/v1/incidents", null)));
        assertNotNull(cache.get(1, ResponseCache.key("/api/v1/incidents", " application/json ")));
    }
}
