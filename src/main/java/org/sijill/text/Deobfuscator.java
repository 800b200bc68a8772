package org.sijill.text;

import java.util.Set;

/**
 * Undoes the tricks outlets use to slip sensitive words past platform filters, in the order of the
 * reference (§1.7): T1, T2, J, D1, S1. Only T1 and D1a run unconditionally; every other join must
 * produce a word of the sensitive-word lexicon ({@code obf-words.tsv}), so genuinely separate words are
 * never glued together.
 * <ul>
 *   <li>T1, tatweel on both sides of a break: {@code قتـ ـلـ ـى} → {@code قتلى}, {@code داعـ.ـش} → {@code داعش}.</li>
 *   <li>T2, tatweel on one side: {@code قتـ لى} → {@code قتلى} (lexicon), but {@code الـ 24} stays apart.</li>
 *   <li>J, a split with no tatweel: {@code دا عش} → {@code داعش}; never after a stand-alone word
 *       ({@code 2024 م قتل} stays).</li>
 *   <li>D1, a digit standing for a letter: {@code د١عش} → {@code داعش} (always), {@code دا3ش} → {@code داعش}
 *       (lexicon); {@code ب3 قذائف} stays (the digit is not between two letters).</li>
 *   <li>S1, spaced or dotted letters: {@code د.ا.ع.ش} → {@code داعش} (lexicon); {@code (أ.ف.ب)} stays.</li>
 * </ul>
 */
final class Deobfuscator {

    private final SensitiveWords words;
    private final Set<String> standalone;

    /**
     * @param words key forms of the sensitive words
     * @param standalone key forms of short words that stand alone (J never joins them to what follows)
     */
    Deobfuscator(Set<String> words, Set<String> standalone) {
        this.words = new SensitiveWords(words);
        this.standalone = Set.copyOf(standalone);
    }

    MappedChars apply(MappedChars in) {
        // One look at the text first: most articles have no tatweel, no digit inside a word and no
        // run of single letters, and then those rules need not scan at all. Joins never create them.
        char[] c = in.chars;
        int n = in.length;
        boolean tatweel = false;
        boolean lookAlike = false;
        int singles = 0;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch == ArabicChars.TATWEEL) {
                tatweel = true;
            } else if (ArabicChars.isLetter(ch)) {
                if ((i == 0 || !isWordChar(c[i - 1])) && SpacedLetters.singleLetter(c, n, i)) {
                    singles++;
                }
            } else if (i > 0 && DigitLetters.maybeLookAlike(ch) && (ArabicChars.isLetter(c[i - 1]) || ArabicChars.isMark(c[i - 1]))) {
                lookAlike = true;
            }
        }
        MappedChars out = tatweel ? joinTatweelBreaks(in) : in;
        if (words.isEmpty()) {
            return out;
        }
        out = tatweel ? joinOneSidedTatweel(out) : out;
        out = joinSplitWords(out);
        out = lookAlike ? DigitLetters.apply(out, this) : out;
        return singles >= 3 ? SpacedLetters.apply(out, this) : out;
    }

    /** Is {@code letters} (any spelling) a sensitive word, possibly after one proclitic? */
    boolean inLexicon(CharSequence letters) {
        return words.contains(letters);
    }

    /** T1: {@code letter ـ+ [ .-_*·]+ ـ+ letter} — delete the break. */
    private static MappedChars joinTatweelBreaks(MappedChars in) {
        char[] c = in.chars;
        int n = in.length;
        boolean[] drop = null;
        for (int i = 0; i < n; i++) {
            if (c[i] != ArabicChars.TATWEEL || !letterBefore(c, i)) {
                continue;
            }
            int j = skipTatweel(c, n, i);
            int k = j;
            while (k < n && isBreak(c[k])) {
                k++;
            }
            if (k == j || k >= n || c[k] != ArabicChars.TATWEEL) {
                continue;
            }
            int m = skipTatweel(c, n, k);
            if (m >= n || !ArabicChars.isLetter(c[m])) {
                continue;
            }
            if (drop == null) {
                drop = new boolean[n];
            }
            for (int x = i; x < m; x++) {
                drop[x] = !ArabicChars.isMark(c[x]);
            }
            i = m - 1;
        }
        return drop == null ? in : in.compact(drop, null);
    }

    /** T2: {@code قتـ لى} or {@code قت ـلى} — join only when the result is a sensitive word. */
    private MappedChars joinOneSidedTatweel(MappedChars in) {
        char[] c = in.chars;
        int n = in.length;
        boolean[] drop = null;
        for (int i = 1; i < n - 1; i++) {
            if (!isSpace(c[i]) || isSpace(c[i - 1])) {
                continue;
            }
            int e = i;
            while (e < n && isSpace(c[e])) {
                e++;
            }
            int p = i - 1;
            boolean leftTatweel = false;
            while (p >= 0 && (c[p] == ArabicChars.TATWEEL || ArabicChars.isMark(c[p]))) {
                leftTatweel |= c[p] == ArabicChars.TATWEEL;
                p--;
            }
            int q = e;
            boolean rightTatweel = false;
            while (q < n && (c[q] == ArabicChars.TATWEEL || ArabicChars.isMark(c[q]))) {
                rightTatweel |= c[q] == ArabicChars.TATWEEL;
                q++;
            }
            if (leftTatweel == rightTatweel || p < 0 || q >= n || !ArabicChars.isLetter(c[p]) || !ArabicChars.isLetter(c[q])) {
                i = e - 1;
                continue;
            }
            String joined = letters(c, wordStart(c, i), i) + letters(c, e, wordEnd(c, n, e));
            if (inLexicon(joined)) {
                if (drop == null) {
                    drop = new boolean[n];
                }
                for (int x = p + 1; x < q; x++) {
                    drop[x] = isSpace(c[x]) || c[x] == ArabicChars.TATWEEL;
                }
            }
            i = e - 1;
        }
        return drop == null ? in : in.compact(drop, null);
    }

    /** J: {@code دا عش} → {@code داعش} when the joined form is sensitive and neither half is a word. */
    private MappedChars joinSplitWords(MappedChars in) {
        char[] c = in.chars;
        int n = in.length;
        boolean[] drop = null;
        int ps = -1;        // the previous word [ps, pe), its hash and letter count; -1 if it cannot pair
        int pe = -1;
        long ph = 0;
        int plen = 0;
        int i = 0;
        while (i < n) {
            if (!ArabicChars.isLetter(c[i]) || (i > 0 && isWordChar(c[i - 1]))) {
                i++;
                continue;
            }
            int ws = i;
            int we = i;
            long h = 0;
            int len = 0;
            while (we < n && (ArabicChars.isLetter(c[we]) || ArabicChars.isMark(c[we]))) {
                char f = CharFolds.keyFold(c[we++]);
                if (f != 0) {
                    h = SensitiveWords.hash(h, f);
                    len++;
                }
            }
            boolean free = we >= n || !isWordChar(c[we]);   // not glued to a tatweel
            if (ps >= 0 && free && len <= 6 && onlySeparators(c, pe, ws) && words.mayContain(ph, h, len)) {
                String a = letters(c, ps, pe);
                String b = letters(c, ws, we);
                if (inLexicon(a + b) && !standalone.contains(CharFolds.foldLetters(a)) && !inLexicon(a) && !inLexicon(b)) {
                    if (drop == null) {
                        drop = new boolean[n];
                    }
                    for (int x = pe; x < ws; x++) {
                        drop[x] = true;
                    }
                    ps = -1;   // the joined word is not joined again
                    i = we;
                    continue;
                }
            }
            boolean canPair = free && len <= 6;
            ps = canPair ? ws : -1;
            pe = we;
            ph = h;
            plen = len;
            i = we;
        }
        return drop == null ? in : in.compact(drop, null);
    }

    private static boolean onlySeparators(char[] c, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int x = from; x < to; x++) {
            if (c[x] != ' ' && c[x] != '-' && c[x] != '_') {
                return false;
            }
        }
        return true;
    }

    // ---- small scanners; marks are transparent throughout ----

    static boolean isWordChar(char ch) {
        return ArabicChars.isLetter(ch) || ArabicChars.isMark(ch) || ch == ArabicChars.TATWEEL;
    }

    static boolean isBreak(char ch) {
        return ch == ' ' || ch == '.' || ch == '-' || ch == '_' || ch == '*' || ch == '\u00B7' || ch == '\u00A0';
    }

    private static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\u00A0';
    }

    private static boolean letterBefore(char[] c, int i) {
        return ArabicChars.isLetter(prevNonMark(c, i));
    }

    private static char prevNonMark(char[] c, int i) {
        int p = i - 1;
        while (p >= 0 && ArabicChars.isMark(c[p])) {
            p--;
        }
        return p < 0 ? '\0' : c[p];
    }

    private static int skipTatweel(char[] c, int n, int i) {
        while (i < n && (c[i] == ArabicChars.TATWEEL || ArabicChars.isMark(c[i]))) {
            i++;
        }
        return i;
    }

    private static int wordStart(char[] c, int end) {
        int s = end;
        while (s > 0 && isWordChar(c[s - 1])) {
            s--;
        }
        return s;
    }

    private static int wordEnd(char[] c, int n, int start) {
        int e = start;
        while (e < n && isWordChar(c[e])) {
            e++;
        }
        return e;
    }



    /** The letters of {@code c[s, e)} without tatweel and marks. */
    static String letters(char[] c, int s, int e) {
        StringBuilder b = new StringBuilder(e - s);
        for (int x = s; x < e; x++) {
            if (ArabicChars.isLetter(c[x])) {
                b.append(c[x]);
            }
        }
        return b.toString();
    }
}
