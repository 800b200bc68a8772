package org.sijill.text;

import java.util.List;

/**
 * One article (or any string) in three views with offset maps back to the original:
 * <ul>
 *   <li>{@link #original()}: exactly as given; every offset the service reports is a UTF-16 index into it.</li>
 *   <li>{@link #clean()}: de-obfuscated ({@code قتـ ـلـ ـى} → {@code قتلى}), invisible characters removed,
 *       NFKC, one space per whitespace run ({@code \n} if the run had a line break), ASCII digits; diacritics
 *       kept, because {@code مقاتلَين} (fatha: two fighters) differs from {@code مقاتلِين} (kasra: fighters).</li>
 *   <li>{@link #key()}: the matching view. The clean text without diacritics or tatweel, with
 *       {@code أإآٱ}→{@code ا}, {@code ى}→{@code ي}, {@code ة}→{@code ه}, ASCII letters in lower case and
 *       typographic quotes ({@code “ ” « »}) as {@code "}. Lexicon keys use the same form.</li>
 * </ul>
 * A key span maps back with {@link #toOriginal(int, int)}: for {@code قتلى} found in {@code قتـ ـلـ ـى}
 * it is the whole obfuscated original.
 */
public final class NormalizedText {

    private final String original;
    private final String clean;
    private final String key;
    private final int[] cleanFrom;
    private final int[] cleanTo;
    private final int[] keyFrom;
    private final int[] keyTo;
    private final int[] keyToClean;
    // Lazy caches for the number and date finders. Each is one immutable object written in one field,
    // so a racing first use at worst computes it twice.
    private List<Token> tokens;
    private TextWords keyWords;
    private DateCache dates;

    /** Date expressions read by {@code owner}: publication inference and the date finder share them. */
    private record DateCache(Object owner, List<DateExpression> list) {
    }

    NormalizedText(String original, MappedChars clean) {
        this.original = original;
        this.clean = clean.toString();
        this.cleanFrom = clean.from;   // the buffer is ours alone now; arrays may be longer than the text
        this.cleanTo = clean.to;
        int n = clean.length;
        char[] k = new char[n];
        int[] kf = new int[n];
        int[] kt = new int[n];
        int[] kc = new int[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char f = CharFolds.keyFold(clean.chars[i]);
            if (f == 0) {
                if (len > 0 && kt[len - 1] < cleanTo[i]) {
                    kt[len - 1] = cleanTo[i];   // a dropped mark stays inside the quote of its letter
                }
                continue;
            }
            k[len] = f;
            kf[len] = cleanFrom[i];
            kt[len] = cleanTo[i];
            kc[len] = i;
            len++;
        }
        this.key = new String(k, 0, len);
        this.keyFrom = kf;
        this.keyTo = kt;
        this.keyToClean = kc;
    }

    public String original() {
        return original;
    }

    public String clean() {
        return clean;
    }

    public String key() {
        return key;
    }

    /** Original index where the key char at {@code keyIndex} starts ({@code key().length()} maps to the end). */
    public int toOriginalStart(int keyIndex) {
        int len = key.length();
        if (keyIndex < 0) {
            throw new IndexOutOfBoundsException(keyIndex);
        }
        if (keyIndex >= len) {
            return len == 0 ? 0 : keyTo[len - 1];
        }
        return keyFrom[keyIndex];
    }

    /** Original index just after the key char before {@code keyEndExclusive}. */
    public int toOriginalEnd(int keyEndExclusive) {
        if (keyEndExclusive <= 0) {
            return key.isEmpty() ? 0 : keyFrom[0];
        }
        return keyTo[Math.min(keyEndExclusive, key.length()) - 1];
    }

    /** The original span of key range {@code [keyStart, keyEnd)}; its quote is the exact original text. */
    public Span toOriginal(int keyStart, int keyEnd) {
        if (keyEnd <= keyStart) {
            int at = toOriginalStart(keyStart);
            return new Span(at, at);
        }
        return new Span(toOriginalStart(keyStart), toOriginalEnd(keyEnd));
    }

    /** The original span of clean range {@code [cleanStart, cleanEnd)}. */
    public Span cleanToOriginal(int cleanStart, int cleanEnd) {
        if (cleanEnd <= cleanStart) {
            int at = cleanStart < clean.length() ? cleanFrom[cleanStart] : original.length();
            return new Span(at, at);
        }
        return new Span(cleanFrom[cleanStart], cleanTo[cleanEnd - 1]);
    }

    /** Clean index of the key char at {@code keyIndex}. */
    public int toClean(int keyIndex) {
        return keyIndex >= key.length() ? clean.length() : keyToClean[keyIndex];
    }

    /** The clean text (diacritics included) behind key range {@code [keyStart, keyEnd)}. */
    public String cleanOf(int keyStart, int keyEnd) {
        if (keyEnd <= keyStart) {
            return "";
        }
        int s = keyToClean[keyStart];
        int e = keyToClean[keyEnd - 1] + 1;
        while (e < clean.length() && (ArabicChars.isMark(clean.charAt(e)))) {
            e++;   // marks on the last letter: عنصرٌ, مقاتلَين
        }
        return clean.substring(s, e);
    }

    /** The original text behind key range {@code [keyStart, keyEnd)}. */
    public String quote(int keyStart, int keyEnd) {
        return toOriginal(keyStart, keyEnd).quote(original);
    }

    List<Token> tokens() {
        List<Token> t = tokens;
        if (t == null) {
            t = List.copyOf(Token.tokenize(key, keyWords()));
            tokens = t;
        }
        return t;
    }

    /** The words of the key view by offset, shared by every tokeniser run over this text. */
    public TextWords keyWords() {
        TextWords w = keyWords;
        if (w == null) {
            w = new TextWords(key);
            keyWords = w;
        }
        return w;
    }

    List<DateExpression> dates(Object owner) {
        DateCache d = dates;
        return d != null && d.owner() == owner ? d.list() : null;
    }

    void dates(Object owner, List<DateExpression> list) {
        dates = new DateCache(owner, List.copyOf(list));
    }

    @Override
    public String toString() {
        return key;
    }
}
