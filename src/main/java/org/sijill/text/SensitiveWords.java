package org.sijill.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The sensitive-word lexicon ({@code obf-words.tsv}) as the de-obfuscator asks it: is this letter
 * sequence, possibly after one proclitic ({@code وال بال فال كال لل ال و ف ب ل ك}), a sensitive word?
 * {@code للدولة} is ({@code الدولة} is also stored as {@code دولة}); {@code فيقتل} is not.
 * Rule J meets hundreds of word pairs per article, so besides the string set there is a set of hashes:
 * each word is hashed once in place and a pair's hash is combined arithmetically; strings are built
 * only for the rare pair whose hash matches.
 */
final class SensitiveWords {

    private static final String[] PROCLITICS = {"وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"};
    private static final long BASE = 1_000_003L;
    private static final long[] POWERS = new long[13];

    static {
        POWERS[0] = 1;
        for (int k = 1; k < POWERS.length; k++) {
            POWERS[k] = POWERS[k - 1] * BASE;
        }
    }

    /** Every word with and without its article, each also with every proclitic in front. */
    private final Set<String> forms = new HashSet<>();
    private final long[] table;
    private final boolean[] used;
    private final int maxLength;

    SensitiveWords(Set<String> keys) {
        Set<String> base = new HashSet<>();
        int max = 0;
        for (String w : keys) {
            base.add(w);
            if (w.startsWith("ال") && w.length() > 3) {
                base.add(w.substring(2));
            }
            max = Math.max(max, w.length());
        }
        for (String w : base) {
            forms.add(w);
            for (String p : PROCLITICS) {
                forms.add(p + w);
            }
        }
        this.maxLength = max + 3;
        int cap = Integer.highestOneBit(Math.max(4, forms.size() * 4) - 1) << 1;
        table = new long[cap];
        used = new boolean[cap];
        for (String w : forms) {
            long h = 0;
            for (int x = 0; x < w.length(); x++) {
                h = hash(h, w.charAt(x));
            }
            add(h);
        }
    }

    boolean isEmpty() {
        return forms.isEmpty();
    }

    /** Is {@code letters} (any spelling) a sensitive word, possibly after one proclitic? */
    boolean contains(CharSequence letters) {
        return letters.length() <= maxLength && forms.contains(CharFolds.foldLetters(letters));
    }

    /** Extends hash {@code h} by one key-form letter. */
    static long hash(long h, char keyLetter) {
        return h * BASE + keyLetter;
    }

    /** Might word A (hash {@code a}) followed by word B (hash {@code b}, {@code bLength} letters ≤ 12) be one? */
    boolean mayContain(long a, long b, int bLength) {
        return bLength < POWERS.length && has(a * POWERS[bLength] + b);
    }

    private int slot(long x) {
        long z = x * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 32)) & (table.length - 1);
    }

    private void add(long x) {
        int i = slot(x);
        while (used[i] && table[i] != x) {
            i = (i + 1) & (table.length - 1);
        }
        used[i] = true;
        table[i] = x;
    }

    private boolean has(long x) {
        for (int i = slot(x); used[i]; i = (i + 1) & (table.length - 1)) {
            if (table[i] == x) {
                return true;
            }
        }
        return false;
    }
}
