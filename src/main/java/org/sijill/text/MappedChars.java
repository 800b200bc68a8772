package org.sijill.text;

import java.util.Arrays;

/**
 * A growing char buffer where every char remembers the range {@code [from, to)} of the original text it
 * came from. The normalisation steps rewrite it in place (deletions and 1:1 replacements only), so
 * offsets survive joins and folds (chained {@code replaceAll} calls would lose them).
 */
final class MappedChars {

    char[] chars;
    int[] from;
    int[] to;
    int length;

    MappedChars(int capacity) {
        int cap = Math.max(capacity, 8);
        chars = new char[cap];
        from = new int[cap];
        to = new int[cap];
    }

    void add(char c, int start, int end) {
        if (length == chars.length) {
            int cap = length * 2;
            chars = Arrays.copyOf(chars, cap);
            from = Arrays.copyOf(from, cap);
            to = Arrays.copyOf(to, cap);
        }
        chars[length] = c;
        from[length] = start;
        to[length] = end;
        length++;
    }

    /** Copies char {@code i} of {@code src} with its mapping. */
    void copy(MappedChars src, int i) {
        add(src.chars[i], src.from[i], src.to[i]);
    }

    /** Lets the last char also cover {@code end}: deleted marks and tatweel stay inside quotes. */
    void extendLast(int end) {
        if (length > 0 && to[length - 1] < end) {
            to[length - 1] = end;
        }
    }

    char last() {
        return length == 0 ? '\0' : chars[length - 1];
    }

    /**
     * Keeps the chars not flagged in {@code drop}, replacing those with a non-zero {@code replace} entry,
     * in place (each step owns its buffer; nothing reads the old contents afterwards). A dropped char
     * that is not a space widens the previous kept char's range, so a quote of a word still includes
     * its trailing marks or tatweel.
     */
    MappedChars compact(boolean[] drop, char[] replace) {
        int w = 0;
        for (int i = 0; i < length; i++) {
            if (drop != null && drop[i]) {
                if (chars[i] != ' ' && chars[i] != '\n' && w > 0 && to[w - 1] < to[i]) {
                    to[w - 1] = to[i];
                }
                continue;
            }
            chars[w] = replace != null && replace[i] != 0 ? replace[i] : chars[i];
            from[w] = from[i];
            to[w] = to[i];
            w++;
        }
        length = w;
        return this;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
