package org.sijill.text;

/**
 * Rule D1: a digit or Latin look-alike standing for a letter inside an Arabic word.
 * <ul>
 *   <li>D1a, alef look-alikes {@code ١ ۱ 1 | l I} between two letters → {@code ا}, always:
 *       {@code د١عش} → {@code داعش}. No real word has a digit between two letters; {@code F16} and
 *       {@code كوفيد19} are not flanked on both sides.</li>
 *   <li>D1b, heh look-alikes {@code ٥ 0 ٠ o O} → {@code ه}, and D1c, Arabizi digits
 *       {@code 2→ء 3→ع 5→خ 6→ط 7→ح 8→غ 9→ق}: only when the repaired word is a sensitive word
 *       ({@code دا3ش} → {@code داعش}; {@code دا٥ش} stays, neither {@code داهش} nor {@code داخش} is one).
 *       A digit reads the same in every script ({@code ٣} like {@code 3}).</li>
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
            if (!maybeLookAlike(c[i]) || candidates(c[i]).isEmpty() || !ArabicChars.isLetter(prevNonMark(c, i))) {
                continue;
            }
            int j = i;
            boolean alefOnly = true;
            while (j < n && !candidates(c[j]).isEmpty()) {
                alefOnly &= candidates(c[j]).equals("\u0627");
                j++;
            }
            if (j >= n || !ArabicChars.isLetter(c[j])) {
                i = j;
                continue;
            }
            int variant = alefOnly ? 0 : acceptedVariant(c, n, i, j, lexicon);
            if (variant >= 0) {
                if (replace == null) {
                    replace = new char[n];
                    drop = new boolean[n];
                }
                if (alefOnly) {   // "11" between letters is one alef, not two
                    replace[i] = '\u0627';
                    for (int x = i + 1; x < j; x++) {
                        drop[x] = true;
                    }
                } else {
                    for (int x = i; x < j; x++) {
                        replace[x] = pick(c[x], variant);
                    }
                }
            }
            i = j;
        }
        return replace == null ? in : in.compact(drop, replace);
    }

    /** The first reading (0 or 1) of the look-alikes in {@code [i, j)} that makes the word a sensitive word, or -1. */
    private static int acceptedVariant(char[] c, int n, int i, int j, Deobfuscator lexicon) {
        int ws = i;
        while (ws > 0 && (Deobfuscator.isWordChar(c[ws - 1]) || !candidates(c[ws - 1]).isEmpty())) {
            ws--;
        }
        int we = j;
        while (we < n && (Deobfuscator.isWordChar(c[we]) || !candidates(c[we]).isEmpty())) {
            we++;
        }
        for (int variant = 0; variant < 2; variant++) {
            StringBuilder word = new StringBuilder();
            for (int x = ws; x < we; x++) {
                char l = x >= i && x < j ? pick(c[x], variant) : c[x];
                if (ArabicChars.isLetter(l)) {
                    word.append(l);
                } else if (!ArabicChars.isMark(l) && l != ArabicChars.TATWEEL) {
                    return -1;   // another look-alike elsewhere in the word: leave the word alone
                }
            }
            if (lexicon.inLexicon(word)) {
                return variant;
            }
        }
        return -1;
    }

    /** Cheap pre-test: only digits (any script) and l I o O | can be look-alikes. */
    static boolean maybeLookAlike(char ch) {
        return (ch >= '0' && ch <= '9') || ch == 'l' || ch == 'I' || ch == 'o' || ch == 'O' || ch == '|'
                || (ch >= '\u0660' && ch <= '\u0669') || (ch >= '\u06F0' && ch <= '\u06F9');
    }

    private static char pick(char ch, int variant) {
        String c = candidates(ch);
        return c.charAt(Math.min(variant, c.length() - 1));
    }

    /**
     * The letters a look-alike may stand for, most likely first. A digit reads the same whatever its
     * script (ASCII, Arabic-Indic, Persian), so normalising a key again changes nothing.
     */
    static String candidates(char ch) {
        if (ch == '|' || ch == 'l' || ch == 'I') {
            return "\u0627";
        }
        if (ch == 'o' || ch == 'O') {
            return "\u0647";
        }
        int d = ArabicChars.isAsciiDigit(ch) ? ch - '0' : ArabicChars.arabicDigit(ch);
        return switch (d) {
            case 0 -> "\u0647";          // ٠ looks like a dot, 0 like ه
            case 1 -> "\u0627";          // ١ looks like ا
            case 2 -> "\u0621";          // Arabizi: 2 = ء
            case 3 -> "\u0639";          // 3 = ع
            case 5 -> "\u0647\u062E";    // ٥ looks like ه; Arabizi 5 = خ
            case 6 -> "\u0637";          // 6 = ط
            case 7 -> "\u062D";          // 7 = ح
            case 8 -> "\u063A";          // 8 = غ
            case 9 -> "\u0642";          // 9 = ق
            default -> "";
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
