package org.sijill.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WriteRateLimitTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aKeyGetsItsAllowanceThenWaitsWhileAnotherKeyIsUnaffected() {
        var clock = new ManualClock();
        var limit = new WriteRateLimit(3, clock);
        for (int i = 0; i < 3; i++) {
            assertDoesNotThrow(() -> limit.acquire("key-a"));
        }
        var refused = assertThrows(WriteRateLimit.Exceeded.class, () -> limit.acquire("key-a"));
        assertEquals(429, refused.status());
        assertEquals(20, refused.retryAfterSeconds(), "3 a minute: one more every 20 s");
        assertDoesNotThrow(() -> limit.acquire("key-b"));
        clock.now = clock.now.plus(Duration.ofSeconds(20));
        assertDoesNotThrow(() -> limit.acquire("key-a"));
        assertThrows(WriteRateLimit.Exceeded.class, () -> limit.acquire("key-a"));
    }
}
