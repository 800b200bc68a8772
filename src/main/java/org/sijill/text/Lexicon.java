package org.sijill.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A lexicon keyed by normalised form: every surface form is run through {@link ArabicNormalizer#key},
 * the same pipeline as the text, so {@code مئة} and {@code مائة}, {@code حوالي} and {@code حوالى}, or
 * {@code إحدى} and {@code احدى} never need hand-written alternations.
 *
 * <pre>
 * Lexicon&lt;Month&gt; months = Lexicon.load("lexicon/ar/months.tsv", normalizer, row -&gt; ...);
 * Pattern p = Pattern.compile(ArabicChars.WORD_START + "(?:" + months.alternation() + ")" + ArabicChars.WORD_END);
 * </pre>
 */
public final class Lexicon<V> {

    private final Map<String, V> entries;
    private final String alternation;

    private Lexicon(Map<String, V> entries) {
        this.entries = Collections.unmodifiableMap(entries);
        List<String> keys = new ArrayList<>(entries.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.alternation = String.join("|", keys.stream().map(Pattern::quote).toList());
    }

    /**
     * Loads {@code resource}; column 0 is the surface form, {@code value} reads the rest of the row.
     * Two forms with the same key must map to equal values, or loading fails naming the line.
     */
    public static <V> Lexicon<V> load(String resource, ArabicNormalizer normalizer, Function<LexiconFile.Row, V> value) {
        return of(LexiconFile.read(resource), normalizer, value);
    }

    public static <V> Lexicon<V> of(LexiconFile file, ArabicNormalizer normalizer, Function<LexiconFile.Row, V> value) {
        Map<String, V> map = new LinkedHashMap<>();
        for (LexiconFile.Row row : file.rows()) {
            String k = normalizer.key(row.col(0));
            if (k.isEmpty()) {
                throw row.error("empty form");
            }
            V v = value.apply(row);
            V old = map.putIfAbsent(k, v);
            if (old != null && !old.equals(v)) {
                throw row.error("'" + row.col(0) + "' (key " + k + ") already maps to " + old);
            }
        }
        return new Lexicon<>(map);
    }

    public Optional<V> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Like {@link #get} but null when absent (hot paths). */
    public V getOrNull(String key) {
        return entries.get(key);
    }

    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public Map<String, V> asMap() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** A regex alternation of all keys, longest first, each {@code Pattern.quote}d. */
    public String alternation() {
        return alternation;
    }
}
