package org.sijill.text;

/**
 * Rule S1: three or more single letters split by spaces or dots, joined only when they spell a
 * sensitive word: {@code عناصر د.ا.ع.ش} → {@code عناصر داعش}; {@code (أ.ف.ب)} (AFP) and {@code ي ب ك}
 * (YPG) stay as written.
 */
final class SpacedLetters {

    private SpacedLetters() {
    }

    /** S1: three or more single letters split by spaces or dots ({@code د.ا.ع.ش}). */
    static MappedChars apply(MappedChars in, Deobfuscator lexicon) {
        char[] c = in.chars;
        int n = in.length;
        boolean[] drop = null;
        for (int i = 0; i < n; i++) {
            if (!ArabicChars.isLetter(c[i]) || (i > 0 && Deobfuscator.isWordChar(c[i - 1])) || !singleLetter(c, n, i)) {
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
                if (q < n && Deobfuscator.isWordChar(c[q])) {
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
            if (count >= 3 && lexicon.inLexicon(joined)) {
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

    static boolean singleLetter(char[] c, int n, int i) {
        int q = i + 1;
        while (q < n && ArabicChars.isMark(c[q])) {
            q++;
        }
        return q >= n || !Deobfuscator.isWordChar(c[q]);
    }

    private static boolean isSpacedLetterBreak(char ch) {
        return Deobfuscator.isBreak(ch) || ch == '\u2022';
    }
}
