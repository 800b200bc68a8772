package org.sijill.text;

import java.util.Arrays;

/**
 * A growing char buffer where every char remembers the range {@code [from, to)} of the original text it
 * came from. Each normalisation step reads one of these and writes a new one, so offsets survive
 * deletions, joins and 1:1 replacements (chained {@code replaceAll} calls would lose them).
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
     * Keeps the chars not flagged in {@code drop}, replacing those with a non-zero {@code replace} entry.
     * A dropped char that is not a space widens the previous kept char's range, so a quote of a word
     * still includes its trailing marks or tatweel.
     */
    MappedChars compact(boolean[] drop, char[] replace) {
        MappedChars out = new MappedChars(length);
        for (int i = 0; i < length; i++) {
            if (drop != null && drop[i]) {
                if (chars[i] != ' ' && chars[i] != '\n') {
                    out.extendLast(to[i]);
                }
                continue;
            }
            char c = replace != null && replace[i] != 0 ? replace[i] : chars[i];
            out.add(c, from[i], to[i]);
        }
        return out;
    }

    int[] fromArray() {
        return Arrays.copyOf(from, length);
    }

    int[] toArray() {
        return Arrays.copyOf(to, length);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
