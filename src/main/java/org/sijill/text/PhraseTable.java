package org.sijill.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word lexicon entries matched token by token on the key view, longest first. The first token
 * may carry proclitics from an allowed list: with prefixes {@code و ب}, the entry {@code أكثر من} also
 * matches {@code وأكثر من}, and {@code الأمس} matches {@code بالأمس}. For speed every prefixed form of
 * a first token is indexed up front (one hash look-up per token), per prefix list; pass the shared
 * constant arrays ({@link #CONJ}, {@link #CLITICS}, ...), since indexes are cached by array identity.
 */
final class PhraseTable<V> {

    static final String[] NONE = {};
    static final String[] CONJ = {"و", "ف"};
    static final String[] CLITICS = {"وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"};
    /** Number words: a conjunction and/or preposition (وعشرون, بثلاثة). */
    static final String[] NUMBER_CLITICS = {"وب", "ول", "فب", "و", "ف", "ب", "ل", "ك"};
    /** Vague number words may also take the article (العشرات, بالآلاف). */
    static final String[] DEFINITE = {"وال", "بال", "فال", "لل", "ال"};

    /** A match over tokens {@code [start, end)}; {@code prefix} is what was peeled off the first token. */
    record Match<V>(int start, int end, V value, String prefix) {
    }

    private record Entry<V>(String[] tokens, V value) {
    }

    private record Candidate<V>(Entry<V> entry, String prefix) {
    }

    private final List<Entry<V>> entries = new ArrayList<>();
    private volatile Map<String[], Map<String, List<Candidate<V>>>> indexes = new IdentityHashMap<>();
    /** The indexes of the shared prefix lists, read without a map look-up (this runs for every token). */
    private volatile Map<String, List<Candidate<V>>> none;
    private volatile Map<String, List<Candidate<V>>> conj;
    private volatile Map<String, List<Candidate<V>>> clitics;

    /** Adds an entry given in key form (the caller keyed it with the normaliser). */
    synchronized void add(String keyPhrase, V value) {
        List<Token> toks = Token.tokenize(keyPhrase);
        if (!toks.isEmpty()) {
            entries.add(new Entry<>(toks.stream().map(Token::text).toArray(String[]::new), value));
            indexes = new IdentityHashMap<>();
            none = null;
            conj = null;
            clitics = null;
        }
    }

    int size() {
        return entries.size();
    }

    /** Adds every token that can start an entry (with {@code prefixes}) to {@code out}: a cheap pre-filter. */
    void firstTokens(java.util.Set<String> out, String[] prefixes) {
        out.addAll(index(prefixes).keySet());
    }

    Match<V> match(List<Token> tokens, int i) {
        return match(tokens, i, NONE, 0);
    }

    /** The longest entry starting at token {@code i}; the first token may carry one of {@code prefixes}. */
    Match<V> match(List<Token> tokens, int i, String[] prefixes) {
        return match(tokens, i, prefixes, 0);
    }

    Match<V> matchEndingAt(List<Token> tokens, int end, int maxTokens) {
        return matchEndingAt(tokens, end, maxTokens, NONE);
    }

    /** An entry ending exactly at token {@code end} (exclusive), e.g. a context word before a number. */
    Match<V> matchEndingAt(List<Token> tokens, int end, int maxTokens, String[] prefixes) {
        for (int len = Math.min(maxTokens, end); len >= 1; len--) {
            Match<V> m = match(tokens, end - len, prefixes, len);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private Match<V> match(List<Token> tokens, int i, String[] prefixes, int length) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        List<Candidate<V>> list = index(prefixes).get(tokens.get(i).text());
        if (list == null) {
            return null;
        }
        for (Candidate<V> c : list) {
            String[] want = c.entry.tokens;
            if (i + want.length > tokens.size() || (length > 0 && want.length != length)) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < want.length && ok; k++) {
                Token t = tokens.get(i + k);
                ok = t.type() != Token.Type.BREAK && t.text().equals(want[k]);
            }
            if (ok) {
                return new Match<>(i, i + want.length, c.entry.value, c.prefix);
            }
        }
        return null;
    }

    /** Can {@code text} start an entry (with {@code prefixes})? */
    boolean startsEntry(String text, String[] prefixes) {
        return index(prefixes).containsKey(text);
    }

    private Map<String, List<Candidate<V>>> index(String[] prefixes) {
        Map<String, List<Candidate<V>>> idx = prefixes == CLITICS ? clitics : prefixes == NONE ? none : prefixes == CONJ ? conj : null;
        if (idx != null) {
            return idx;
        }
        idx = indexes.get(prefixes);
        if (idx != null) {
            if (prefixes == CLITICS) {
                clitics = idx;
            } else if (prefixes == NONE) {
                none = idx;
            } else if (prefixes == CONJ) {
                conj = idx;
            }
            return idx;
        }
        return build(prefixes);
    }

    private Map<String, List<Candidate<V>>> build(String[] prefixes) {
        Map<String, List<Candidate<V>>> idx;
        synchronized (this) {
            idx = new HashMap<>();
            for (Entry<V> e : entries) {
                idx.computeIfAbsent(e.tokens[0], k -> new ArrayList<>()).add(new Candidate<>(e, ""));
                for (String p : prefixes) {
                    if (e.tokens[0].length() >= 2 && ArabicChars.isLetter(e.tokens[0].charAt(0))) {
                        idx.computeIfAbsent(p + e.tokens[0], k -> new ArrayList<>()).add(new Candidate<>(e, p));
                    }
                }
            }
            // Longest entry first; on a tie the unprefixed reading ("واحد" is one, not و + "احد").
            Comparator<Candidate<V>> order = Comparator.<Candidate<V>>comparingInt(c -> -c.entry.tokens.length)
                    .thenComparingInt(c -> c.prefix.length());
            idx.values().forEach(l -> l.sort(order));
            Map<String[], Map<String, List<Candidate<V>>>> copy = new IdentityHashMap<>(indexes);
            copy.put(prefixes, idx);
            indexes = copy;
            return idx;
        }
    }
}
