package org.sijill.text;

/**
 * Rule D1: a digit or Latin look-alike standing for a letter inside an Arabic word.
 * <ul>
 *   <li>D1a, alef look-alikes {@code ١ ۱ 1 | l I} between two letters → {@code ا}, always:
 *       {@code د١عش} → {@code داعش}. No real word has a digit between two letters; {@code F16} and
 *       {@code كوفيد19} are not flanked on both sides.</li>
 *   <li>D1b, heh look-alikes {@code ٥ ۵ 0 ٠ ۰ o O} → {@code ه}, and D1c, Arabizi digits
 *       {@code 2→ء 3→ع 5→خ 6→ط 7→ح 8→غ 9→ق}: only when the repaired word is a sensitive word
 *       ({@code دا3ش} → {@code داعش}; {@code دا٥ش} stays, {@code داهش} is not one).</li>
 * </ul>
 */
final class DigitLetters {

    private DigitLetters() {
    }

    static MappedChars apply(MappedChars in, Deobfuscator lexicon) {
        char[] c = in.chars;
        int n = in.length;
        char[] replace = null;
        boolean[] drop = null;
        for (int i = 1; i < n - 1; i++) {
            if (lookAlike(c[i]) == 0 || !ArabicChars.isLetter(prevNonMark(c, i))) {
                continue;
            }
            int j = i;
            boolean alefOnly = true;
            while (j < n && lookAlike(c[j]) != 0) {
                alefOnly &= lookAlike(c[j]) == '\u0627';
                j++;
            }
            if (j >= n || !ArabicChars.isLetter(c[j])) {
                i = j;
                continue;
            }
            boolean accept = alefOnly;
            if (!accept) {
                int ws = i;
                while (ws > 0 && (Deobfuscator.isWordChar(c[ws - 1]) || lookAlike(c[ws - 1]) != 0)) {
                    ws--;
                }
                int we = j;
                while (we < n && (Deobfuscator.isWordChar(c[we]) || lookAlike(c[we]) != 0)) {
                    we++;
                }
                StringBuilder word = new StringBuilder();
                for (int x = ws; x < we; x++) {
                    char l = x >= i && x < j ? lookAlike(c[x]) : (lookAlike(c[x]) != 0 ? '\u0000' : c[x]);
                    if (l == 0) {
                        word = null;   // another look-alike elsewhere in the word: leave it to that pass
                        break;
                    }
                    if (ArabicChars.isLetter(l)) {
                        word.append(l);
                    }
                }
                accept = word != null && lexicon.inLexicon(word);
            }
            if (accept) {
                if (replace == null) {
                    replace = new char[n];
                    drop = new boolean[n];
                }
                // A run like "11" stands for one letter only when all its chars are alef look-alikes.
                if (alefOnly) {
                    replace[i] = '\u0627';
                    for (int x = i + 1; x < j; x++) {
                        drop[x] = true;
                    }
                } else {
                    for (int x = i; x < j; x++) {
                        replace[x] = lookAlike(c[x]);
                    }
                }
            }
            i = j;
        }
        return replace == null ? in : in.compact(drop, replace);
    }

    /** The letter a look-alike char stands for, or 0 if it is not one. */
    static char lookAlike(char ch) {
        return switch (ch) {
            case '\u0661', '\u06F1', '1', '|', 'l', 'I' -> '\u0627';
            case '\u0665', '\u06F5', '0', '\u0660', '\u06F0', 'o', 'O' -> '\u0647';
            case '2' -> '\u0621';
            case '3' -> '\u0639';
            case '5' -> '\u062E';
            case '6' -> '\u0637';
            case '7' -> '\u062D';
            case '8' -> '\u063A';
            case '9' -> '\u0642';
            default -> 0;
        };
    }

    private static char prevNonMark(char[] c, int i) {
        int p = i - 1;
        while (p >= 0 && ArabicChars.isMark(c[p])) {
            p--;
        }
        return p < 0 ? '\0' : c[p];
    }
}
