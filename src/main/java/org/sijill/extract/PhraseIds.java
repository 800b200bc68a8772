package org.sijill.extract;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.sijill.text.Word;

/**
 * Numbers the phrases (and phrase prefixes) of every {@link PhraseIndex}. A token's readings are looked up here
 * once per word ({@link KeyText#readingIds}); each index then finds its entry by number in an array, instead of
 * the place, actor and source indexes each hashing every reading of every token again.
 *
 * <p>A phrase grows one token at a time without building strings: the number of "prefix + ' ' + word" is found
 * from the prefix's number and the word's number ({@link #next}), and the words that ever follow a prefix in some
 * phrase are numbered here too.
 */
final class PhraseIds {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static volatile String[] phrases = new String[1024];

    /** Words that follow a prefix in some phrase ("الزور" in "دير الزور"), numbered. */
    private static final ConcurrentHashMap<String, Integer> NEXT_WORDS = new ConcurrentHashMap<>();
    /** (prefix number, next word number) → number of the longer phrase. */
    private static final ConcurrentHashMap<Long, Integer> STEPS = new ConcurrentHashMap<>();

    /** Where a word keeps its next-word number (see {@link Word}). */
    private static final int NEXT_WORD = Word.newSlot();

    /** A word's next-word number as of {@link #count} {@code count} (-1: it follows no prefix). */
    private record NextWord(int count, int id) {
    }

    private PhraseIds() {
    }

    /** The number of a phrase, given it (and the steps to it from its prefixes) on first sight. */
    static synchronized int register(String phrase) {
        Integer known = IDS.get(phrase);
        if (known != null) {
            return known;
        }
        int space = phrase.lastIndexOf(' ');
        int prefix = space < 0 ? -1 : register(phrase.substring(0, space));
        int id = COUNT.get();
        String[] p = phrases;
        if (id >= p.length) {
            p = Arrays.copyOf(p, 2 * p.length);
        }
        p[id] = phrase;
        phrases = p;
        IDS.put(phrase, id);
        if (prefix >= 0) {
            int word = NEXT_WORDS.computeIfAbsent(phrase.substring(space + 1), w -> NEXT_WORDS.size());
            STEPS.put(key(prefix, word), id);
        }
        COUNT.incrementAndGet();   // last: readers that see the new count see the phrase and its step
        return id;
    }

    /** The number of a phrase, or -1 if no index holds it (or a phrase it begins). */
    static int id(String phrase) {
        Integer id = IDS.get(phrase);
        return id == null ? -1 : id;
    }

    /** The phrase with this number. */
    static String phrase(int id) {
        return phrases[id];
    }

    /** The number of "phrase {@code prefix} + ' ' + {@code word}", or -1 if no index holds it or a longer one. */
    static int next(int prefix, Word word) {
        int count = count();
        NextWord nw = (NextWord) word.fact(NEXT_WORD);
        if (nw == null || nw.count() != count) {
            Integer id = NEXT_WORDS.get(word.text());
            nw = new NextWord(count, id == null ? -1 : id);
            word.fact(NEXT_WORD, nw);
        }
        if (nw.id() < 0) {
            return -1;
        }
        StepTable table = steps;
        if (table.count != count) {
            table = rebuildSteps(count);
        }
        return table.get(key(prefix, nw.id()));
    }

    private static volatile StepTable steps = new StepTable(-1, java.util.Map.of());

    private static synchronized StepTable rebuildSteps(int count) {
        StepTable table = steps;
        if (table.count != count) {
            table = new StepTable(count, STEPS);
            steps = table;
        }
        return table;
    }

    /**
     * {@link #STEPS} as an open-addressing table of primitives, made again (rarely: when an index is loaded) once the
     * phrase count has moved on; immutable once published, so lookups take no lock and box nothing.
     */
    private static final class StepTable {
        final int count;
        final long[] keys;
        final int[] values;
        final int mask;

        StepTable(int count, java.util.Map<Long, Integer> from) {
            int capacity = Integer.highestOneBit(Math.max(4, from.size() * 2)) * 2;
            this.count = count;
            this.keys = new long[capacity];
            this.values = new int[capacity];
            this.mask = capacity - 1;
            java.util.Arrays.fill(keys, -1L);   // no key is -1: prefix numbers are never negative
            for (var e : from.entrySet()) {
                int slot = slot(e.getKey());
                while (keys[slot] != -1L) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = e.getKey();
                values[slot] = e.getValue();
            }
        }

        int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }

        int get(long key) {
            int slot = slot(key);
            long k;
            while ((k = keys[slot]) != -1L) {
                if (k == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }
    }

    private static long key(int prefix, int word) {
        return ((long) prefix << 32) | (word & 0xFFFFFFFFL);
    }

    /** How many phrases are numbered: a text's cached numbers are stale once this grows (an index loaded later). */
    static int count() {
        return COUNT.get();
    }
}
