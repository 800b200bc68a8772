package org.sijill.incidents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sijill.extract.model.DateSpan;

/**
 * The clusters of one governorate, found by date: a mention can join a cluster only if its date range overlaps every
 * member's, that is, if it overlaps the cluster's core {@code [latest member start, earliest member end]} (an unknown
 * start or end is open). Cores are kept by start day, in classes of similar length, so the clusters a date range can
 * overlap are a few short runs of a sorted map instead of all of them.
 */
final class ClusterIndex {

    /** A cluster being formed: its members (anchor first), the order it was made in, and its core. */
    static final class Entry {
        final int order;
        final List<MentionRef> members = new ArrayList<>();
        long coreStart = Long.MIN_VALUE;
        long coreEnd = Long.MAX_VALUE;

        Entry(int order, MentionRef first) {
            this.order = order;
            add(first);
        }

        void add(MentionRef m) {
            members.add(m);
            DateSpan d = m.mention().date();
            coreStart = Math.max(coreStart, start(d));
            coreEnd = Math.min(coreEnd, end(d));
        }

        boolean overlaps(long start, long end) {
            return coreStart <= end && coreEnd >= start;
        }
    }

    private static final int CLASSES = 64;

    /** Cores with an open side: few in practice, checked one by one. */
    private final Set<Entry> open = new HashSet<>();
    /** Closed cores by length class (bit length of end - start), then by start day. */
    @SuppressWarnings("unchecked")
    private final TreeMap<Long, List<Entry>>[] byStart = new TreeMap[CLASSES];
    /** The longest core ever put in each class: a bound, so it never needs lowering. */
    private final long[] longest = new long[CLASSES];

    void add(Entry e) {
        if (isOpen(e)) {
            open.add(e);
            return;
        }
        int k = lengthClass(e);
        if (byStart[k] == null) {
            byStart[k] = new TreeMap<>();
        }
        byStart[k].computeIfAbsent(e.coreStart, s -> new ArrayList<>(2)).add(e);
        longest[k] = Math.max(longest[k], e.coreEnd - e.coreStart);
    }

    void remove(Entry e) {
        if (isOpen(e)) {
            open.remove(e);
            return;
        }
        TreeMap<Long, List<Entry>> map = byStart[lengthClass(e)];
        List<Entry> atStart = map.get(e.coreStart);
        atStart.remove(e);
        if (atStart.isEmpty()) {
            map.remove(e.coreStart);
        }
    }

    /** Adds to {@code out} every cluster whose core overlaps the date range (in no particular order). */
    void overlapping(DateSpan date, List<Entry> out) {
        long start = start(date);
        long end = end(date);
        for (Entry e : open) {
            if (e.overlaps(start, end)) {
                out.add(e);
            }
        }
        for (int k = 0; k < CLASSES; k++) {
            if (byStart[k] == null || byStart[k].isEmpty()) {
                continue;
            }
            // a core of length <= longest[k] that reaches start begins at start - longest[k] or later
            long from = start == Long.MIN_VALUE ? Long.MIN_VALUE : start - longest[k];
            if (from > end) {
                continue; // a range that ends before it starts overlaps no core here
            }
            for (Map.Entry<Long, List<Entry>> at : byStart[k].subMap(from, true, end, true).entrySet()) {
                for (Entry e : at.getValue()) {
                    if (e.overlaps(start, end)) {
                        out.add(e);
                    }
                }
            }
        }
    }

    private static boolean isOpen(Entry e) {
        return e.coreStart == Long.MIN_VALUE || e.coreEnd == Long.MAX_VALUE;
    }

    private static int lengthClass(Entry e) {
        long length = e.coreEnd - e.coreStart;
        return length <= 0 ? 0 : CLASSES - Long.numberOfLeadingZeros(length);
    }

    static long start(DateSpan d) {
        return d.start() == null ? Long.MIN_VALUE : d.start().toEpochDay();
    }

    static long end(DateSpan d) {
        return d.end() == null ? Long.MAX_VALUE : d.end().toEpochDay();
    }
}
