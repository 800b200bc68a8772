package org.sijill.extract.rules;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the first words of every {@link PhraseTable}. A token's stems are looked up here once per text
 * ({@link Tokens#stemIds}) and each table then finds its entries by number in an array, instead of every table
 * hashing every stem of every token again.
 */
final class FirstWords {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNT = new AtomicInteger();

    private FirstWords() {
    }

    /** The number of a first word, given it on first sight. */
    static int register(String word) {
        return IDS.computeIfAbsent(word, w -> COUNT.getAndIncrement());
    }

    /** The number of a first word, or -1 if no table starts a phrase with it. */
    static int id(String word) {
        Integer id = IDS.get(word);
        return id == null ? -1 : id;
    }

    /**
     * Stem numbers by token text, shared by all texts: news reuses a small vocabulary, so most tokens of an
     * article were peeled and looked up before. Bounded, so an unending stream of new words cannot fill memory;
     * an entry made before a table was loaded later is ignored (its count is stale).
     */
    private static final ConcurrentHashMap<String, StemIds> STEM_IDS = new ConcurrentHashMap<>();
    private static final int STEM_IDS_MAX = 100_000;

    private record StemIds(int count, int[] ids) {
    }

    /** The cached stem numbers of a token (never to be modified), or null. */
    static int[] stemIds(String token) {
        StemIds s = STEM_IDS.get(token);
        return s != null && s.count() == count() ? s.ids() : null;
    }

    /** Caches what {@link #stemIds} answers for a token, numbered when {@link #count} was {@code count}. */
    static void cacheStemIds(String token, int count, int[] ids) {
        if (STEM_IDS.size() < STEM_IDS_MAX) {
            STEM_IDS.put(token, new StemIds(count, ids));
        }
    }

    /** How many words are numbered: a text's cached numbers are stale once this grows (a table loaded later). */
    static int count() {
        return COUNT.get();
    }
}
