package org.sijill.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the phrases (and phrase prefixes) of every {@link PhraseIndex}. A token's readings are looked up here
 * once per text ({@link KeyText#readingIds}); each index then finds its entry by number in an array, instead of
 * the place, actor and source indexes each hashing every reading of every token again.
 */
final class PhraseIds {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNT = new AtomicInteger();

    private PhraseIds() {
    }

    /** The number of a phrase, given it on first sight. */
    static int register(String phrase) {
        return IDS.computeIfAbsent(phrase, p -> COUNT.getAndIncrement());
    }

    /** The number of a phrase, or -1 if no index holds it (or a phrase it begins). */
    static int id(String phrase) {
        Integer id = IDS.get(phrase);
        return id == null ? -1 : id;
    }

    /** How many phrases are numbered: a text's cached numbers are stale once this grows (an index loaded later). */
    static int count() {
        return COUNT.get();
    }
}
