package org.sijill.extract.rules;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the first words of every {@link PhraseTable}. A word's stems are looked up here once
 * ({@link Tokens#stemIds} keeps the numbers with the word) and each table then finds its entries by number in an
 * array, instead of every table hashing every stem of every token again.
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

    /** How many words are numbered: a text's cached numbers are stale once this grows (a table loaded later). */
    static int count() {
        return COUNT.get();
    }
}
