package org.sijill.text;

import java.util.HashSet;
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

    private static final String[] PROCLITICS = {"وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"};

    private final Set<String> lexicon;
    /** Every lexicon word with every proclitic in front: one look-up instead of eleven. */
    private final Set<String> withProclitics;
    private final Set<String> standalone;
    private final int maxLength;

    /**
     * @param words key forms of the sensitive words; each is also stored without its article, so
     *              {@code للدولة} matches {@code الدولة}
     * @param standalone key forms of short words that stand alone (J never joins them to what follows)
     */
    Deobfuscator(Set<String> words, Set<String> standalone) {
        this.lexicon = new HashSet<>();
        int max = 0;
        for (String w : words) {
            lexicon.add(w);
            if (w.startsWith("ال") && w.length() > 3) {
                lexicon.add(w.substring(2));
            }
            max = Math.max(max, w.length());
        }
        this.withProclitics = new HashSet<>(lexicon);
        for (String w : lexicon) {
            for (String p : PROCLITICS) {
                if (w.length() > 1) {
                    withProclitics.add(p + w);
                }
            }
        }
        long[] hashes = new long[withProclitics.size()];
        int k = 0;
        for (String w : withProclitics) {
            hashes[k++] = hash(w.toCharArray(), 0, w.length(), 0);
        }
        java.util.Arrays.sort(hashes);
        this.hashes = hashes;
        this.standalone = Set.copyOf(standalone);
        this.maxLength = max + 3;
    }

    /**
     * Sorted hashes of every lexicon word with its proclitics. Rule J meets hundreds of word pairs per
     * article; hashing the pair in place and searching here avoids building strings for all but the
     * rare pair that could be a sensitive word.
     */
    private final long[] hashes;

    /** Polynomial hash of the key-folded letters of {@code c[from, to)} (marks and tatweel skipped), continuing {@code h}. */
    private static long hash(char[] c, int from, int to, long h) {
        for (int x = from; x < to; x++) {
            char f = CharFolds.keyFold(c[x]);
            if (f != 0) {
                h = h * 1_000_003L + f;
            }
        }
        return h;
    }

    private boolean mayBeWord(char[] c, int as, int ae, int bs, int be) {
        return java.util.Arrays.binarySearch(hashes, hash(c, bs, be, hash(c, as, ae, 0))) >= 0;
    }

    MappedChars apply(MappedChars in) {
        boolean tatweel = false;
        for (int i = 0; i < in.length && !tatweel; i++) {
            tatweel = in.chars[i] == ArabicChars.TATWEEL;
        }
        MappedChars out = tatweel ? joinTatweelBreaks(in) : in;
        if (lexicon.isEmpty()) {
            return out;
        }
        out = tatweel ? joinOneSidedTatweel(out) : out;
        out = joinSplitWords(out);
        out = DigitLetters.apply(out, this);
        return joinSpacedLetters(out);
    }

    /** Is {@code letters} (any spelling) a sensitive word, possibly after one proclitic? */
    boolean inLexicon(CharSequence letters) {
        return letters.length() <= maxLength && withProclitics.contains(CharFolds.foldLetters(letters));
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
        int i = 0;
        while (i < n) {
            if (!ArabicChars.isLetter(c[i]) || (i > 0 && isWordChar(c[i - 1]))) {
                i++;
                continue;
            }
            int ae = plainWordEnd(c, n, i);
            int bs = ae;
            while (bs < n && (c[bs] == ' ' || c[bs] == '-' || c[bs] == '_')) {
                bs++;
            }
            if (ae >= n || !isWordEdge(c, n, ae) || bs == ae || bs >= n || !ArabicChars.isLetter(c[bs])) {
                i = Math.max(ae, i + 1);
                continue;
            }
            int be = plainWordEnd(c, n, bs);
            if (ae - i > 12 || be - bs > 12 || (be < n && isWordChar(c[be])) || !mayBeWord(c, i, ae, bs, be)) {
                i = bs;   // too long to be half of a split word (marks included), or glued to tatweel
                continue;
            }
            String a = letters(c, i, ae);
            String b = letters(c, bs, be);
            if (a.length() <= 6 && b.length() <= 6
                    && inLexicon(a + b) && !standalone.contains(CharFolds.foldLetters(a))
                    && !inLexicon(a) && !inLexicon(b)) {
                if (drop == null) {
                    drop = new boolean[n];
                }
                for (int x = ae; x < bs; x++) {
                    drop[x] = true;
                }
                i = be;   // the joined word is not joined again
            } else {
                i = bs;
            }
        }
        return drop == null ? in : in.compact(drop, null);
    }

    /** S1: three or more single letters split by spaces or dots ({@code د.ا.ع.ش}). */
    private MappedChars joinSpacedLetters(MappedChars in) {
        char[] c = in.chars;
        int n = in.length;
        boolean[] drop = null;
        for (int i = 0; i < n; i++) {
            if (!ArabicChars.isLetter(c[i]) || (i > 0 && isWordChar(c[i - 1])) || !singleLetter(c, n, i)) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            int end = i;
            int count = 0;
            int p = i;
            while (p < n && ArabicChars.isLetter(c[p])) {
                int q = p + 1;
                while (q < n && ArabicChars.isMark(c[q])) {
                    q++;
                }
                if (q < n && isWordChar(c[q])) {
                    break;   // not a single letter
                }
                joined.append(c[p]);
                count++;
                end = q;
                int r = q;
                while (r < n && isSpacedLetterBreak(c[r])) {
                    r++;
                }
                if (r == q) {
                    break;
                }
                p = r;
            }
            if (count >= 3 && inLexicon(joined)) {
                if (drop == null) {
                    drop = new boolean[n];
                }
                for (int x = i; x < end; x++) {
                    drop[x] = isSpacedLetterBreak(c[x]);
                }
            }
            i = Math.max(i, end - 1);
        }
        return drop == null ? in : in.compact(drop, null);
    }

    private static boolean singleLetter(char[] c, int n, int i) {
        int q = i + 1;
        while (q < n && ArabicChars.isMark(c[q])) {
            q++;
        }
        return q >= n || !isWordChar(c[q]);
    }

    // ---- small scanners; marks are transparent throughout ----

    static boolean isWordChar(char ch) {
        return ArabicChars.isLetter(ch) || ArabicChars.isMark(ch) || ch == ArabicChars.TATWEEL;
    }

    private static boolean isBreak(char ch) {
        return ch == ' ' || ch == '.' || ch == '-' || ch == '_' || ch == '*' || ch == '\u00B7' || ch == '\u00A0';
    }

    private static boolean isSpacedLetterBreak(char ch) {
        return isBreak(ch) || ch == '\u2022';
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

    /** End of a run of letters and marks (no tatweel: J is for plain splits only). */
    private static int plainWordEnd(char[] c, int n, int start) {
        int e = start;
        while (e < n && (ArabicChars.isLetter(c[e]) || ArabicChars.isMark(c[e]))) {
            e++;
        }
        return e;
    }

    private static boolean isWordEdge(char[] c, int n, int i) {
        return i >= n || c[i] != ArabicChars.TATWEEL;
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
