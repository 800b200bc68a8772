package org.sijill.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word lexicon entries matched token by token on the key view, longest first. The first token
 * may carry proclitics from an allowed list: with prefixes {@code و ب}, the entry {@code أكثر من} also
 * matches {@code وأكثر من}, and {@code الأمس} matches {@code بالأمس}.
 */
final class PhraseTable<V> {

    static final String[] CONJ = {"و", "ف"};
    static final String[] CLITICS = {"وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"};

    /** A match over tokens {@code [start, end)}; {@code prefix} is what was peeled off the first token. */
    record Match<V>(int start, int end, V value, String prefix) {
    }

    private record Entry<V>(String[] tokens, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private int size;

    /** Adds an entry given in key form (the caller keyed it with the normaliser). */
    void add(String keyPhrase, V value) {
        List<Token> toks = Token.tokenize(keyPhrase);
        if (toks.isEmpty()) {
            return;
        }
        String[] texts = toks.stream().map(Token::text).toArray(String[]::new);
        List<Entry<V>> list = byFirst.computeIfAbsent(texts[0], k -> new ArrayList<>());
        list.add(new Entry<>(texts, value));
        list.sort((a, b) -> b.tokens.length - a.tokens.length);
        size++;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The longest entry starting at token {@code i}; the first token may carry one of {@code prefixes}. */
    Match<V> match(List<Token> tokens, int i, String... prefixes) {
        return match(tokens, i, 0, prefixes);
    }

    private Match<V> match(List<Token> tokens, int i, int length, String... prefixes) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        String first = tokens.get(i).text();
        Match<V> best = longest(tokens, i, first, "", length);
        if (tokens.get(i).type() == Token.Type.WORD) {
            for (String p : prefixes) {
                if (first.length() > p.length() + 1 && first.startsWith(p)) {
                    Match<V> m = longest(tokens, i, first.substring(p.length()), p, length);
                    if (m != null && (best == null || m.end() > best.end())) {
                        best = m;
                    }
                }
            }
        }
        return best;
    }

    /** An entry ending exactly at token {@code end} (exclusive), e.g. a context word before a number. */
    Match<V> matchEndingAt(List<Token> tokens, int end, int maxTokens, String... prefixes) {
        for (int len = Math.min(maxTokens, end); len >= 1; len--) {
            Match<V> m = match(tokens, end - len, len, prefixes);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private Match<V> longest(List<Token> tokens, int i, String first, String prefix, int length) {
        List<Entry<V>> list = byFirst.get(first);
        if (list == null) {
            return null;
        }
        for (Entry<V> e : list) {
            if (i + e.tokens.length > tokens.size() || (length > 0 && e.tokens.length != length)) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < e.tokens.length && ok; k++) {
                Token t = tokens.get(i + k);
                ok = t.type() != Token.Type.BREAK && t.text().equals(e.tokens[k]);
            }
            if (ok) {
                return new Match<>(i, i + e.tokens.length, e.value, prefix);
            }
        }
        return null;
    }
}
