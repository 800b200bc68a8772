package org.sijill.text;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token's text, shared by every article that uses the word, with room for what each finder works out about
 * the word once and for all (its proclitic readings, its lexicon numbers...). News reuses a small vocabulary: the
 * number and date finders, the rules and the place/actor/source scanner each cut every article into tokens, and
 * without this each of them copied, hashed and looked up the same few thousand words in a map of its own.
 *
 * <p>Get words from {@link #of}; claim a slot once per kind of fact with {@link #newSlot}. A slot holds an
 * immutable object or null; racing writers may both compute it, never see a half-made one.
 */
public final class Word {

    private static final int SLOTS = 8;
    private static final AtomicInteger NEXT_SLOT = new AtomicInteger();

    private static final int CAPACITY = 1 << 17;
    private static final int MAX_FILL = CAPACITY / 2;
    private static final int MAX_LENGTH = 48;
    private static final Word[] TABLE = new Word[CAPACITY];
    private static final AtomicInteger FILL = new AtomicInteger();

    private final String text;
    private final int hash;
    private final Object[] facts = new Object[SLOTS];

    private Word(String text) {
        this.text = text;
        this.hash = text.hashCode();   // computed now and cached in the string for every later map look-up
    }

    /** The text of the word. */
    public String text() {
        return text;
    }

    /** A slot number of one's own, for one kind of fact; call once (e.g. in a static initialiser). */
    public static int newSlot() {
        int slot = NEXT_SLOT.getAndIncrement();
        if (slot >= SLOTS) {
            throw new IllegalStateException("Word has room for " + SLOTS + " kinds of facts");
        }
        return slot;
    }

    /** What was stored in this slot, or null. */
    public Object fact(int slot) {
        return facts[slot];
    }

    /** Stores an immutable value in a slot. */
    public void fact(int slot, Object value) {
        facts[slot] = value;
    }

    /**
     * The word {@code text[start, end)}, the shared instance when there is one. The table is bounded: once full,
     * or for very long tokens, a fresh word is made each time (same answers, no sharing), so an endless stream
     * of new words cannot fill memory. Thread-safe without locks; a lost race only loses sharing.
     */
    public static Word of(String text, int start, int end) {
        int length = end - start;
        if (length <= 0 || length > MAX_LENGTH) {
            return new Word(text.substring(start, end));
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);   // String.hashCode's formula
        }
        int mask = CAPACITY - 1;
        int slot = (h ^ (h >>> 15)) & mask;
        Word w;
        while ((w = TABLE[slot]) != null) {
            if (w.hash == h && w.text.length() == length && text.regionMatches(start, w.text, 0, length)) {
                return w;
            }
            slot = (slot + 1) & mask;
        }
        w = new Word(text.substring(start, end));
        if (FILL.get() < MAX_FILL) {
            TABLE[slot] = w;
            FILL.incrementAndGet();
        }
        return w;
    }

    @Override
    public String toString() {
        return text;
    }
}
