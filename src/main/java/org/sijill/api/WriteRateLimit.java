package org.sijill.api;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code perMinute} writes per API key per minute, as a token bucket (refilled continuously, bursts up to the
 * whole minute's allowance). Keys are identified by their digest, never by the key itself.
 */
final class WriteRateLimit {

    /** The problem answered when a key has used its allowance: 429 with Retry-After. */
    static final class Exceeded extends ApiProblem {
        private final long retryAfterSeconds;

        Exceeded(int perMinute, long retryAfterSeconds) {
            super(429, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests", "This API key may make " + perMinute
                    + " writes a minute; try again in " + retryAfterSeconds + " s", null);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private record Bucket(double tokens, long atMillis) {
    }

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    WriteRateLimit(int perMinute, Clock clock) {
        this.perMinute = Math.max(1, perMinute);
        this.clock = clock;
    }

    /** Takes one write from the key's allowance, or throws {@link Exceeded}. */
    synchronized void acquire(String keyDigest) {
        long now = clock.millis();
        Bucket b = buckets.getOrDefault(keyDigest, new Bucket(perMinute, now));
        double perMilli = perMinute / 60_000.0;
        double tokens = Math.min(perMinute, b.tokens() + (now - b.atMillis()) * perMilli);
        if (tokens < 1) {
            buckets.put(keyDigest, new Bucket(tokens, now));
            throw new Exceeded(perMinute, (long) Math.ceil((1 - tokens) / perMilli / 1000));
        }
        buckets.put(keyDigest, new Bucket(tokens - 1, now));
    }
}
