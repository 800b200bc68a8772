package org.sijill.incidents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Wall-clock milliseconds per named step, for one log line that says where the time of a derivation went. A step
 * that recurs (once per governorate) is summed.
 */
final class Phases {

    private final long started = System.nanoTime();
    private long last = started;
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    void lap(String step) {
        long now = System.nanoTime();
        nanos.merge(step, now - last, Long::sum);
        last = now;
    }

    long total() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public String toString() {
        var steps = new StringJoiner(", ");
        nanos.forEach((step, n) -> steps.add(step + " " + n / 1_000_000));
        return steps.toString();
    }
}
