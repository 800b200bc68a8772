package org.sijill.text;

/**
 * Character classes for Arabic text, as Java predicates and as regex fragments.
 *
 * <p>Why not {@code \b}, {@code \w} or {@code \p{L}}: since JDK 19 {@code \b} no longer treats Arabic
 * letters as word characters (without UNICODE_CHARACTER_CLASS), {@code \w} never did, and {@code \p{L}}
 * matches the tatweel U+0640. Patterns written with the fragments below behave the same on every JDK:
 * {@code ArabicChars.WORD_START + "قتلى" + ArabicChars.WORD_END} finds {@code قتلى} in {@code "عدد قتلى قسد"}
 * but not inside {@code "القتلى"}.
 */
public final class ArabicChars {

    /** One Arabic letter: no tatweel, marks or digits. */
    public static final String LETTER = "[\\u0621-\\u063A\\u0641-\\u064A\\u0671-\\u06D3]";

    /** Lookbehind: the match does not continue an Arabic word (letter or tatweel before it). */
    public static final String WORD_START = "(?<![\\u0621-\\u063A\\u0640-\\u064A\\u0671-\\u06D3])";

    /** Lookahead: the match is not followed by more of an Arabic word. */
    public static final String WORD_END = "(?![\\u0621-\\u063A\\u0640-\\u064A\\u0671-\\u06D3])";

    /**
     * Optional proclitics in key form: a conjunction (و/ف), then a preposition (ب/ل/ك), then the article
     * (ال) or its contraction after ل (لل). Put it after {@link #WORD_START}.
     */
    public static final String PROCLITICS = "(?:[\\u0648\\u0641])?(?:[\\u0628\\u0644\\u0643])?(?:\\u0627\\u0644|\\u0644\\u0644)?";

    public static final char TATWEEL = '\u0640';

    private ArabicChars() {
    }

    private static final byte LETTER_BIT = 1;
    private static final byte MARK_BIT = 2;
    /** Class bits for U+0600..U+06FF; every scanner asks these per char, so a table beats range tests. */
    private static final byte[] ARABIC_BLOCK = new byte[0x100];

    static {
        for (char c = '\u0600'; c <= '\u06FF'; c++) {
            boolean letter = (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3');
            boolean mark = (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u0610' && c <= '\u061A')
                    || (c >= '\u06D6' && c <= '\u06DC') || (c >= '\u06DF' && c <= '\u06E8') || (c >= '\u06EA' && c <= '\u06ED');
            ARABIC_BLOCK[c - 0x600] = (byte) ((letter ? LETTER_BIT : 0) | (mark ? MARK_BIT : 0));
        }
    }

    /** Arabic letter (the {@link #LETTER} class). */
    public static boolean isLetter(char c) {
        return c >= '\u0600' && c <= '\u06FF' && (ARABIC_BLOCK[c - 0x600] & LETTER_BIT) != 0;
    }

    /** Arabic combining mark: harakat, Quranic marks, superscript alef. All are dropped from the key. */
    public static boolean isMark(char c) {
        return c >= '\u0600' && c <= '\u06FF' && (ARABIC_BLOCK[c - 0x600] & MARK_BIT) != 0;
    }

    /** Arabic-Indic (U+0660..) or Extended (Persian, U+06F0..) digit value, or -1. */
    public static int arabicDigit(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Default_Ignorable code points (Unicode's complete list) that we delete outright: ZWNJ, ZWJ, bidi
     * controls, soft hyphen, BOM, variation selectors. In Arabic they carry no meaning and are used to
     * split words ({@code قت‌لى}).
     */
    static boolean isIgnorable(int cp) {
        return cp == 0x00AD || cp == 0x034F || cp == 0x061C || (cp >= 0x115F && cp <= 0x1160)
                || (cp >= 0x17B4 && cp <= 0x17B5) || (cp >= 0x180B && cp <= 0x180F)
                || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F)
                || cp == 0xFEFF || cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8)
                || (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A)
                || (cp >= 0xE0000 && cp <= 0xE0FFF)
                // Arabic format characters (number signs, end of ayah used as decoration)
                || (cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD || cp == 0x070F || cp == 0x0890 || cp == 0x0891
                || cp == 0x08E2;
    }

    /** Horizontal space: tab and every Zs separator (NBSP, thin space, ...). */
    static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A)
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x000B || cp == 0x000C || cp == 0x0085 || cp == 0x2028 || cp == 0x2029;
    }
}
