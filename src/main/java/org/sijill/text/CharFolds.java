package org.sijill.text;

import java.text.Normalizer;

/**
 * The character-level steps of the normaliser, each 1:1 or a deletion so offsets survive:
 * <ol>
 *   <li>{@link #prepare}: delete invisible characters ({@code قت‌لى} → {@code قتلى}), NFKC for
 *       presentation forms ({@code ﺩﺍﻋﺶ} → {@code داعش}), one space per whitespace run, Persian look-alikes
 *       ({@code ک} → {@code ك}).</li>
 *   <li>{@link #finish}: after de-obfuscation, tatweel touching a letter goes
 *       ({@code العـــربية} → {@code العربية}, {@code الـ 24} → {@code ال 24}); a free-standing one is a dash
 *       ({@code هو ـ حسب} → {@code هو - حسب}); marks not sitting on a letter go ({@code ٌقسد} → {@code قسد}); Arabic-Indic digits become ASCII
 *       ({@code ١٢} → {@code 12}; after de-obfuscation, which reads {@code ٥} as a look-alike of {@code ه}).</li>
 *   <li>{@link #key}: drop marks, fold {@code أإآٱ}→{@code ا}, {@code ى}→{@code ي}, {@code ة}→{@code ه},
 *       ASCII to lower case, typographic quotes to {@code "}.</li>
 * </ol>
 */
final class CharFolds {

    /** Lazily filled: 0 unknown, 1 NFKC-stable on its own, 2 changed by NFKC. */
    private static final byte[] NFKC_STATE = new byte[0x10000];

    private CharFolds() {
    }

    /**
     * Step 1. With {@code forDisplay} only invisible characters are deleted and presentation forms
     * decomposed; spaces, digits and everything else stay as written.
     */
    static MappedChars prepare(String s, boolean forDisplay) {
        MappedChars out = new MappedChars(s.length() + 16);
        int wsStart = -1;
        boolean wsNewline = false;
        int n = s.length();
        for (int i = 0; i < n; ) {
            char ch = s.charAt(i);
            if ((ch > ' ' && ch < '\u007F') || (ch >= '\u0606' && ch <= '\u06A8' && ch != '\u061C'
                    && (ch < '\u0653' || ch > '\u0655') && (ch < '\u0675' || ch > '\u0678'))) {
                // fast path: ASCII and the Arabic letters, marks, digits and punctuation that need no folding here
                if (wsStart >= 0) {
                    if (out.length > 0) {
                        out.add(wsNewline ? '\n' : ' ', wsStart, i);
                    }
                    wsStart = -1;
                }
                out.add(ch, i, i + 1);
                i++;
                continue;
            }
            if (ch == ' ' && !forDisplay) {   // the commonest character after letters: opens or extends a space run
                if (wsStart < 0) {
                    wsStart = i;
                    wsNewline = false;
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (ArabicChars.isIgnorable(cp)) {
                if (out.last() != ' ' && out.last() != '\n') {
                    out.extendLast(next);
                }
            } else if (!forDisplay && (ArabicChars.isSpace(cp) || ArabicChars.isLineBreak(cp))) {
                if (wsStart < 0) {
                    wsStart = i;
                    wsNewline = false;
                }
                wsNewline |= ArabicChars.isLineBreak(cp);
            } else {
                if (wsStart >= 0) {
                    if (out.length > 0) {
                        out.add(wsNewline ? '\n' : ' ', wsStart, i);
                    }
                    wsStart = -1;
                }
                if (cp >= 0xFE70 && cp <= 0xFE7F) {
                    char mark = isolatedHaraka(cp);   // NFKC would turn these into SPACE + mark
                    if (mark != 0) {
                        out.add(mark, i, next);
                    }
                } else if (needsNfkc(cp, forDisplay)) {
                    String norm = Normalizer.normalize(s.substring(i, next), Normalizer.Form.NFKC);
                    for (int k = 0; k < norm.length(); k++) {
                        emit(out, norm.charAt(k), i, next, forDisplay);
                    }
                } else {
                    for (int k = i; k < next; k++) {
                        emit(out, s.charAt(k), k, k + 1, forDisplay);
                    }
                }
            }
            i = next;
        }
        return out;
    }

    private static void emit(MappedChars out, char c, int from, int to, boolean forDisplay) {
        if (forDisplay) {
            out.add(c, from, to);
            return;
        }
        char f = switch (c) {
            case '\u06A9' -> '\u0643';                       // Persian keheh → kaf
            case '\u06CC', '\u06D2' -> '\u064A';             // Persian yeh, yeh barree → yeh
            case '\u06C0', '\u06C1', '\u06BE' -> '\u0647';   // heh variants → heh
            case '\u06C3' -> '\u0629';                       // teh marbuta goal → teh marbuta
            default -> c;
        };
        // Letter + combining hamza/madda written as two code points: compose, so key() treats أ alike.
        if (f >= '\u0653' && f <= '\u0655' && out.length > 0 && ArabicChars.isLetter(out.last())) {
            String composed = Normalizer.normalize("" + out.last() + f, Normalizer.Form.NFC);
            if (composed.length() == 1) {
                out.chars[out.length - 1] = composed.charAt(0);
                out.extendLast(to);
                return;
            }
        }
        out.add(f, from, to);
    }

    private static boolean needsNfkc(int cp, boolean forDisplay) {
        if (cp < 0xA0) {
            return false;
        }
        if (forDisplay) {   // titles: only presentation forms are undone
            return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE80 && cp <= 0xFEFC);
        }
        if (cp >= 0x0600 && cp <= 0x06FF && !(cp >= 0x0675 && cp <= 0x0678)) {
            return false;
        }
        if (cp > 0xFFFF) {
            return !Normalizer.isNormalized(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        }
        byte state = NFKC_STATE[cp];
        if (state == 0) {
            state = Normalizer.isNormalized(String.valueOf((char) cp), Normalizer.Form.NFKC) ? (byte) 1 : (byte) 2;
            NFKC_STATE[cp] = state;
        }
        return state == 2;
    }

    /** U+FE70..FE7F isolated/medial harakat → the ordinary mark (0 = delete). */
    private static char isolatedHaraka(int cp) {
        return switch (cp) {
            case 0xFE70, 0xFE71 -> '\u064B';
            case 0xFE72 -> '\u064C';
            case 0xFE74 -> '\u064D';
            case 0xFE76, 0xFE77 -> '\u064E';
            case 0xFE78, 0xFE79 -> '\u064F';
            case 0xFE7A, 0xFE7B -> '\u0650';
            case 0xFE7C, 0xFE7D -> '\u0651';
            case 0xFE7E, 0xFE7F -> '\u0652';
            default -> 0;
        };
    }

    /** Step 2 (see class comment). Runs after de-obfuscation, which needs the tatweel. */
    static MappedChars finish(MappedChars in) {
        char[] c = in.chars;
        int[] from = in.from;
        int[] to = in.to;
        int n = in.length;
        int w = 0;                  // compacted in place: w never overtakes i
        boolean onLetter = false;   // is the last kept char a letter, or a mark sitting on one?
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            char out;
            if (ch == ArabicChars.TATWEEL) {
                int j = i;
                while (j < n && (c[j] == ArabicChars.TATWEEL || ArabicChars.isMark(c[j]))) {
                    j++;
                }
                boolean touches = onLetter || (j < n && ArabicChars.isLetter(c[j]));
                int last = j - 1;
                if (touches) {   // الـ, العـــربية: drop the tatweel, keep marks sitting on it
                    for (int k = i; k < j; k++) {
                        if (c[k] == ArabicChars.TATWEEL) {
                            if (w > 0 && to[w - 1] < to[k]) {
                                to[w - 1] = to[k];
                            }
                        } else {
                            c[w] = c[k];
                            from[w] = from[k];
                            to[w++] = to[k];
                        }
                    }
                } else {         // a free-standing run is a dash
                    c[w] = '-';
                    from[w] = from[i];
                    to[w++] = to[last];
                    onLetter = false;
                }
                i = last;
                continue;
            } else if (ArabicChars.isMark(ch)) {
                if (!onLetter) {   // a stray mark (ٌقسد): dropped, but kept inside the previous quote
                    if (w > 0 && to[w - 1] < to[i]) {
                        to[w - 1] = to[i];
                    }
                    continue;
                }
                out = ch;
            } else {
                onLetter = ArabicChars.isLetter(ch);
                char d = foldDigit(ch);
                out = d != 0 ? d : ch;
            }
            c[w] = out;
            from[w] = from[i];
            to[w++] = to[i];
        }
        in.length = w;
        return in;
    }

    /** Arabic-Indic and Persian digits and number signs to ASCII (0 = unchanged). */
    private static char foldDigit(char ch) {
        if (ch < 0x0660) {
            return 0;
        }
        int d = ArabicChars.arabicDigit(ch);
        if (d >= 0) {
            return (char) ('0' + d);
        }
        return switch (ch) {
            case '\u066B' -> '.';   // Arabic decimal separator
            case '\u066C' -> ',';   // Arabic thousands separator (the Arabic comma U+060C is not one)
            case '\u066A' -> '%';   // Arabic percent sign
            default -> 0;
        };
    }

    /** {@link #keyFoldSlow} for U+0000..U+06FF, precomputed (the hot path of the key view). */
    private static final char[] KEY_FOLD = new char[0x700];

    static {
        for (char c = 0; c < KEY_FOLD.length; c++) {
            KEY_FOLD[c] = keyFoldSlow(c);
        }
    }

    /** Step 3: the key fold of one clean char; 0 means drop. */
    static char keyFold(char c) {
        return c < KEY_FOLD.length ? KEY_FOLD[c] : keyFoldSlow(c);
    }

    private static char keyFoldSlow(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (ArabicChars.isMark(c)) {
            return 0;
        }
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673' -> '\u0627';
            case '\u0649' -> '\u064A';
            case '\u0629' -> '\u0647';
            case '\u0640' -> 0;
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u2036' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035' -> '\'';
            default -> c;
        };
    }

    /** The key form of a string of letters (lexicon look-ups inside the de-obfuscator). */
    static String foldLetters(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = keyFold(s.charAt(i));
            if (f != 0) {
                b.append(f);
            }
        }
        return b.toString();
    }
}
