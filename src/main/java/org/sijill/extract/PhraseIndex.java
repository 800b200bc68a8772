package org.sijill.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A hash map from key-form phrases (tokens joined by one space) to values, matched against a {@link KeyText}
 * by token n-grams (longest first) instead of one giant regex: lookups cost a few hash probes per token.
 *
 * @param <V> what a phrase maps to
 */
public final class PhraseIndex<V> {

    /** A phrase found in a text: tokens [first, last), chars [start, end) (clitics excluded), the indexed phrase. */
    public record Hit<V>(int first, int last, int start, int end, String phrase, V value, String clitics,
                         Proclitics.Reading reading) {
    }

    private final Map<String, V> map = new HashMap<>();

    /**
     * Every phrase and every proper token-prefix of one ("دير" for "دير الزور"), by {@link PhraseIds} number, for
     * {@link #longestAt}, which runs for every reading of every token of every article: one array load answers
     * both "is it a phrase" and "may it grow" (an n-gram is extended only while it is a prefix).
     */
    @SuppressWarnings("unchecked")
    private Node<V>[] nodes = new Node[0];

    /** A phrase's value (null if it is only a prefix) and whether it is a proper prefix of a longer phrase. */
    private static final class Node<V> {
        V value;
        boolean prefix;
    }

    private int maxTokens = 1;

    private static final java.util.concurrent.atomic.AtomicInteger SLOTS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The first 64 indexes, by slot, for {@link #startMask}: which of them hold a phrase (or the start of one) for
     * some reading of a word is worked out once per word, so most tokens are turned away by one bit test.
     */
    private static final PhraseIndex<?>[] MASKED = new PhraseIndex<?>[64];

    /** Grows with every phrase added to any index: a word's mask made before then is stale. */
    private static final java.util.concurrent.atomic.AtomicLong GENERATION = new java.util.concurrent.atomic.AtomicLong();

    private final int slot = SLOTS.getAndIncrement();

    public PhraseIndex() {
        if (slot < MASKED.length) {
            synchronized (MASKED) {
                MASKED[slot] = this;
            }
        }
    }

    static long generation() {
        return GENERATION.get();
    }

    /** Bit s set: the index in slot s (s < 64) holds one of these phrase numbers (see {@link KeyText}). */
    static long startMask(int[] ids) {
        PhraseIndex<?>[] indexes;
        synchronized (MASKED) {
            indexes = MASKED.clone();
        }
        long mask = 0;
        for (int s = 0; s < indexes.length; s++) {
            PhraseIndex<?> index = indexes[s];
            if (index == null) {
                continue;
            }
            for (int id : ids) {
                if (index.node(id) != null) {
                    mask |= 1L << s;
                    break;
                }
            }
        }
        return mask;
    }

    /** Adds a phrase (already in key form); merge decides what happens when it is there already. */
    public void put(String keyPhrase, V value, BiFunction<V, V, V> merge) {
        putPhrase(KeyText.phrase(keyPhrase), value, merge);
    }

    /** Adds a phrase already in index form (see {@link KeyText#phrase}); saves re-tokenising at load. */
    public synchronized void putPhrase(String phrase, V value, BiFunction<V, V, V> merge) {
        if (phrase.isEmpty()) {
            return;
        }
        int tokens = 1;
        for (int c = phrase.indexOf(' '); c >= 0; c = phrase.indexOf(' ', c + 1)) {
            nodeFor(phrase.substring(0, c)).prefix = true;
            tokens++;
        }
        maxTokens = Math.max(maxTokens, tokens);
        V merged = map.merge(phrase, value, merge);
        nodeFor(phrase).value = merged;
        GENERATION.incrementAndGet();
    }

    private Node<V> nodeFor(String phrase) {
        int id = PhraseIds.register(phrase);
        if (id >= nodes.length) {
            nodes = Arrays.copyOf(nodes, Math.max(id + 1, 2 * nodes.length));
        }
        if (nodes[id] == null) {
            nodes[id] = new Node<>();
        }
        return nodes[id];
    }

    private Node<V> node(int id) {
        return id >= 0 && id < nodes.length ? nodes[id] : null;
    }

    public void put(String keyPhrase, V value) {
        put(keyPhrase, value, (old, neu) -> old);
    }

    public V get(String phrase) {
        return map.get(phrase);
    }

    public boolean contains(String phrase) {
        return map.containsKey(phrase);
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(map.keySet());
    }

    public int size() {
        return map.size();
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** Longest phrase starting at token i; proclitics on the first token are tried when allowed. */
    public Optional<Hit<V>> longestAt(KeyText text, int i, boolean proclitics) {
        if (i >= text.size()) {
            return Optional.empty();
        }
        if (slot < MASKED.length && (text.startMask(i) & (1L << slot)) == 0) {
            return Optional.empty();   // no reading of this word begins a phrase of this index
        }
        List<Proclitics.Reading> readings = text.readings(i);
        return longestAt(text, i, readings, text.readingIds(i), proclitics ? readings.size() : 1);
    }

    /** Longest phrase starting at token i, trying the given readings of the first token in order. */
    public Optional<Hit<V>> longestAt(KeyText text, int i, List<Proclitics.Reading> readings) {
        if (i >= text.size()) {
            return Optional.empty();
        }
        // the token's own readings have their numbers cached in the text; other lists are numbered here
        int[] ids = readings == text.readings(i) ? text.readingIds(i) : null;
        if (ids != null && slot < MASKED.length && (text.startMask(i) & (1L << slot)) == 0) {
            return Optional.empty();
        }
        return longestAt(text, i, readings, ids, readings.size());
    }

    /** The first {@code count} readings, with their {@link PhraseIds} numbers when {@code ids} is not null. */
    private Optional<Hit<V>> longestAt(KeyText text, int i, List<Proclitics.Reading> readings, int[] ids,
            int count) {
        // The best so far is kept in locals and made a Hit once at the end: a lookup often passes through
        // shorter phrases on its way to the longest, and each Hit would be garbage.
        int bestLast = -1;
        Proclitics.Reading bestReading = null;
        int bestId = -1;
        V bestValue = null;
        for (int r = 0; r < count; r++) { // indexed: this runs for every token of every text
            Proclitics.Reading reading = readings.get(r);
            int last = i;
            int id = ids != null ? ids[r] : PhraseIds.id(reading.rest());
            while (true) {
                Node<V> node = node(id);
                if (node == null) {
                    break;   // neither a phrase nor the start of one
                }
                V value = node.value;
                if (value != null && last + 1 > bestLast) {
                    bestLast = last + 1;
                    bestReading = reading;
                    bestId = id;
                    bestValue = value;
                }
                if (last - i + 1 >= maxTokens || !node.prefix || !text.joinsNext(last)) {
                    break;
                }
                last++;
                id = PhraseIds.next(id, text.word(last));
            }
        }
        if (bestReading == null) {
            return Optional.empty();
        }
        int clitics = bestReading.prefixLength();
        return Optional.of(new Hit<>(i, bestLast, text.start(i) + clitics, text.end(bestLast - 1), PhraseIds.phrase(bestId),
                bestValue, text.token(i).substring(0, clitics), bestReading));
    }

    /** All non-overlapping longest phrases, left to right. */
    public List<Hit<V>> findAll(KeyText text, boolean proclitics) {
        var out = new ArrayList<Hit<V>>();
        int i = 0;
        while (i < text.size()) {
            var hit = longestAt(text, i, proclitics);
            if (hit.isPresent()) {
                out.add(hit.get());
                i = hit.get().last();
            } else {
                i++;
            }
        }
        return out;
    }
}
