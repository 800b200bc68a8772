package org.sijill.incidents;

import java.util.StringJoiner;

/** Wall-clock milliseconds per named step, for one log line that says where the time of a derivation went. */
final class Phases {

    private final long started = System.nanoTime();
    private long last = started;
    private final StringJoiner steps = new StringJoiner(", ");

    void lap(String step) {
        long now = System.nanoTime();
        steps.add(step + " " + (now - last) / 1_000_000);
        last = now;
    }

    long total() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public String toString() {
        return steps.toString();
    }
}
