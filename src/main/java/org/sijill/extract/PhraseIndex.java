package org.sijill.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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

    /** Proper token-prefixes of the phrases ("دير" for "دير الزور"): extend an n-gram only while it is one. */
    private final Set<String> prefixes = new HashSet<>();

    private int maxTokens = 1;

    /** Adds a phrase (already in key form); merge decides what happens when it is there already. */
    public void put(String keyPhrase, V value, BiFunction<V, V, V> merge) {
        putPhrase(KeyText.phrase(keyPhrase), value, merge);
    }

    /** Adds a phrase already in index form (see {@link KeyText#phrase}); saves re-tokenising at load. */
    public void putPhrase(String phrase, V value, BiFunction<V, V, V> merge) {
        if (phrase.isEmpty()) {
            return;
        }
        int tokens = 1;
        for (int c = phrase.indexOf(' '); c >= 0; c = phrase.indexOf(' ', c + 1)) {
            prefixes.add(phrase.substring(0, c));
            tokens++;
        }
        maxTokens = Math.max(maxTokens, tokens);
        map.merge(phrase, value, merge);
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
        return longestAt(text, i, proclitics ? text.readings(i) : text.readings(i).subList(0, 1));
    }

    /** Longest phrase starting at token i, trying the given readings of the first token in order. */
    public Optional<Hit<V>> longestAt(KeyText text, int i, List<Proclitics.Reading> readings) {
        if (i >= text.size()) {
            return Optional.empty();
        }
        String first = text.token(i);
        Hit<V> best = null;
        for (Proclitics.Reading reading : readings) {
            String phrase = reading.rest();
            int last = i;
            while (true) {
                V value = map.get(phrase);
                if (value != null && (best == null || last + 1 > best.last())) {
                    best = new Hit<>(i, last + 1, text.start(i) + reading.prefixLength(), text.end(last), phrase,
                            value, first.substring(0, reading.prefixLength()), reading);
                }
                if (last - i + 1 >= maxTokens || !prefixes.contains(phrase) || !text.joinsNext(last)) {
                    break;
                }
                last++;
                phrase = phrase + ' ' + text.token(last);
            }
        }
        return Optional.ofNullable(best);
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
