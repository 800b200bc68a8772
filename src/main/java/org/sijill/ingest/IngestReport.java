package org.sijill.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one ingest run did: counts per outcome and every skipped file with its reason. */
public final class IngestReport {

    public enum Outcome { INSERTED, UPDATED, UNCHANGED, REEXTRACTED }

    public record Skipped(String file, String reason) {
    }

    private int inserted;
    private int updated;
    private int unchanged;
    private int reextracted;
    private final List<Skipped> skipped = new ArrayList<>();

    public synchronized void count(Outcome outcome) {
        switch (outcome) {
            case INSERTED -> inserted++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case REEXTRACTED -> reextracted++;
        }
    }

    public synchronized void skip(String file, String reason) {
        skipped.add(new Skipped(file, reason));
    }

    public synchronized int inserted() {
        return inserted;
    }

    public synchronized int updated() {
        return updated;
    }

    public synchronized int unchanged() {
        return unchanged;
    }

    public synchronized int reextracted() {
        return reextracted;
    }

    public synchronized List<Skipped> skipped() {
        return Collections.unmodifiableList(new ArrayList<>(skipped));
    }

    @Override
    public synchronized String toString() {
        return "inserted=" + inserted + " updated=" + updated + " unchanged=" + unchanged + " reextracted=" + reextracted + " skipped=" + skipped.size();
    }
}
