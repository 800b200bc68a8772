package org.sijill.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A token of the key view, with its key offsets. The number and date finders work on these instead of
 * regexes: lexicon look-ups per token are fast and proclitics are easy to peel off.
 * <ul>
 *   <li>WORD: Arabic letters ({@code وعشرون}); a digit glued to a word splits it ({@code و12} → {@code و}, {@code 12}).</li>
 *   <li>NUMBER: ASCII digits with inner {@code ,} or {@code .} ({@code 1,200}, {@code 12.7}).</li>
 *   <li>LATIN: ASCII letters and digits ({@code rpg}, {@code f16}); the digits are never counts.</li>
 *   <li>LINK: a URL, handle or hashtag ({@code pic.twitter.com/i7asx0525c}, {@code @mustafa5g4d2k8u}, {@code #سوريا}).</li>
 *   <li>PUNCT: any other single char; BREAK: a line break.</li>
 * </ul>
 *
 * @param glued no space between this token and the previous one
 */
record Token(int start, int end, Type type, String text, boolean glued) {

    enum Type { WORD, NUMBER, LATIN, LINK, PUNCT, BREAK }

    private static final Set<String> TLDS = Set.of("com", "net", "org", "info", "io", "co", "me", "ly", "tv", "sy",
            "uk", "tr", "iq", "gl", "be", "de", "fr", "ru", "news", "app", "link", "ps", "lb", "jo", "ae", "sa", "qa");

    boolean is(Type t) {
        return type == t;
    }

    boolean isWord(String s) {
        return type == Type.WORD && text.equals(s);
    }

    static List<Token> tokenize(String key) {
        return tokenize(key, new TextWords(key));
    }

    static List<Token> tokenize(String key, TextWords words) {
        List<Token> out = new ArrayList<>(key.length() / 4 + 4);
        int n = key.length();
        int i = 0;
        boolean glued = false;
        while (i < n) {
            char c = key.charAt(i);
            int j;
            Type type;
            if (c == ' ') {
                glued = false;
                i++;
                continue;
            } else if (c == '\n') {
                j = i + 1;
                type = Type.BREAK;
            } else if (ArabicChars.isLetter(c)) {
                j = i + 1;
                while (j < n && ArabicChars.isLetter(key.charAt(j))) {
                    j++;
                }
                type = Type.WORD;
            } else if ((c == '@' || c == '#') && i + 1 < n && isHandleChar(key.charAt(i + 1))) {
                j = i + 1;
                while (j < n && isHandleChar(key.charAt(j))) {
                    j++;
                }
                type = Type.LINK;
            } else if (isLatin(c) || (ArabicChars.isAsciiDigit(c) && latinAfterDigits(key, i))) {
                j = latinEnd(key, i);
                type = isLink(key, i, j) ? Type.LINK : Type.LATIN;
            } else if (ArabicChars.isAsciiDigit(c)) {
                j = i + 1;
                while (j < n && (ArabicChars.isAsciiDigit(key.charAt(j))
                        || ((key.charAt(j) == ',' || key.charAt(j) == '.') && j + 1 < n && ArabicChars.isAsciiDigit(key.charAt(j + 1))))) {
                    j++;
                }
                type = Type.NUMBER;
            } else {
                j = i + 1;
                type = Type.PUNCT;
            }
            out.add(new Token(i, j, type, words.at(i, j).text(), glued));
            glued = type != Type.BREAK;
            i = j;
        }
        return out;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean isAlnum(char c) {
        return isLatin(c) || ArabicChars.isAsciiDigit(c);
    }

    private static boolean isHandleChar(char c) {
        return isAlnum(c) || ArabicChars.isLetter(c);
    }

    /** "5g" or "2022pic": digits running straight into Latin letters make one Latin token. */
    private static boolean latinAfterDigits(String key, int i) {
        int j = i;
        while (j < key.length() && ArabicChars.isAsciiDigit(key.charAt(j))) {
            j++;
        }
        return j < key.length() && isLatin(key.charAt(j));
    }

    /** Alnum runs joined by URL punctuation: {@code pic.twitter.com/i7asx0525c}, {@code al-hasakeh}. */
    private static int latinEnd(String key, int i) {
        int n = key.length();
        int j = i;
        while (true) {
            while (j < n && isAlnum(key.charAt(j))) {
                j++;
            }
            int k = j;
            while (k < n && ".:/-?=&%~+".indexOf(key.charAt(k)) >= 0) {
                k++;
            }
            if (k == j || k >= n || !isAlnum(key.charAt(k))) {
                return j;
            }
            j = k;
        }
    }

    private static boolean isLink(String key, int s, int e) {
        String t = key.substring(s, e);
        if (t.contains("/") || t.startsWith("www.")) {
            return true;
        }
        int dot = t.lastIndexOf('.');
        return dot > 0 && TLDS.contains(t.substring(dot + 1));
    }
}
