package org.sijill.extract;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Stand-in for {@code org.sijill.text.ArabicNormalizer#key} in these unit tests only (the real normaliser is
 * written on another branch and replaces this when branches merge). Folds: harakat dropped, split words joined
 * across a tatweel on both sides ({@code قتـ ـلى}), ١/1 between letters → ا ({@code د١عش}), tatweel removed,
 * أإآٱ→ا, ى→ي, ة→ه, Arabic-Indic digits → ASCII, whitespace → single spaces.
 */
public final class TestKeys {

    private static final String AL = "[\\u0621-\\u063A\\u0641-\\u064A\\u0671-\\u06D3]";

    private static final Pattern SPLIT = Pattern.compile("(?<=" + AL + ")\\u0640+[ .\\-_*\\u00B7]+\\u0640+(?=" + AL + ")");

    private static final Pattern ALEF_LOOKALIKE = Pattern.compile("(?<=" + AL + ")[\\u0661\\u06F11]+(?=" + AL + ")");

    public static final UnaryOperator<String> KEY = TestKeys::key;

    private TestKeys() {
    }

    public static String key(String s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mark = (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u0610' && c <= '\u061A');
            boolean invisible = c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                    || c == '\uFEFF';
            if (!mark && !invisible) {
                sb.append(c);
            }
        }
        String t = sb.toString();
        if (t.indexOf('\u0640') >= 0) {
            t = SPLIT.matcher(t).replaceAll("");
        }
        if (hasDigit(t)) {
            t = ALEF_LOOKALIKE.matcher(t).replaceAll("ا");
        }
        sb.setLength(0);
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
                continue;
            }
            if (c == '\u0640') {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(fold(c));
        }
        return sb.toString();
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '1' || c == '\u0661' || c == '\u06F1') {
                return true;
            }
        }
        return false;
    }

    private static char fold(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> 'ه';
            default -> (c >= '\u0660' && c <= '\u0669') ? (char) ('0' + c - '\u0660')
                    : (c >= '\u06F0' && c <= '\u06F9') ? (char) ('0' + c - '\u06F0') : c;
        };
    }
}
