package org.sijill.extract;

import java.util.Arrays;
import java.util.List;
import org.sijill.text.TextWords;
import org.sijill.text.Word;
import org.sijill.text.WordMasks;

/**
 * Tokens of a key-form text (see {@code ArabicNormalizer.key}) with their offsets.
 *
 * <p>A token is a run of Arabic letters or a run of ASCII letters/digits/underscore, so {@code لـ”قسد”}
 * (key: {@code ل”قسد”}) gives {@code ل} and {@code قسد}. Tokens are joined into phrases only across gaps made of
 * spaces and quote marks: {@code تنظيم “الدولة”} is one phrase, {@code الرقة، الحسكة} is not. No {@code \b}
 * or {@code \w}: since JDK 19 they no longer treat Arabic letters as word characters.
 *
 * <p>Not thread-safe (tokens are cached on first use): make one per article and share it between the place,
 * actor and source finders of that article.
 */
public final class KeyText {

    private static final String JOINABLE_GAP = " \t\u00A0\"'`“”„«»‘’‹›\u0640\u200B\u200C\u200D\u200E\u200F";

    private static final String SENTENCE_BREAK = ".!?؟\n\r:;…";

    private final String text;

    private final int[] starts;

    private final int[] ends;

    private final int size;

    /** The tokens' words (shared across texts, with what is known of each word). */
    private final Word[] words;

    /** joins[i]: only spaces and quote marks lie between tokens i and i+1. */
    private final boolean[] joins;

    /** Proclitic readings of each token, made on first use and shared by every lexicon run over this text. */
    private final List<?>[] readings;

    private KeyText(String text, int[] starts, int[] ends, Word[] words, boolean[] joins, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.words = words;
        this.joins = joins;
        this.size = size;
        this.readings = new List<?>[size];
    }

    public static KeyText of(String text) {
        return of(new TextWords(text));
    }

    /** The tokens of {@code words.text()}, with their words taken from (and left in) {@code words}. */
    public static KeyText of(TextWords words) {
        String text = words.text();
        int capacity = text.length() / 5 + 16;
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        Word[] tokenWords = new Word[capacity];
        boolean[] joins = new boolean[capacity];
        boolean joinable = true;   // the gap since the last token is only spaces and quote marks
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            int cls = charClass(c);
            if (cls == 0) {
                if (c != ' ' && JOINABLE_GAP.indexOf(c) < 0) { // a single space, by far the commonest gap, first
                    joinable = false;
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < length && charClass(text.charAt(j)) == cls) {
                j++;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
                tokenWords = Arrays.copyOf(tokenWords, n * 2);
                joins = Arrays.copyOf(joins, n * 2);
            }
            if (n > 0) {
                joins[n - 1] = joinable;
            }
            starts[n] = i;
            ends[n] = j;
            tokenWords[n] = words.at(i, j);
            n++;
            joinable = true;
            i = j;
        }
        return new KeyText(text, starts, ends, tokenWords, joins, n);
    }

    /** 1 = Arabic letter (no tatweel, marks or digits), 2 = ASCII letter/digit/underscore, 0 = anything else. */
    static int charClass(char c) {
        return c < CLASSES.length ? CLASSES[c] : 0;
    }

    private static final byte[] CLASSES = new byte[0x06D4];

    static {
        for (char c = 0; c < CLASSES.length; c++) {
            if ((c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') || c >= '\u0671') {
                CLASSES[c] = 1;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                CLASSES[c] = 2;
            }
        }
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    /** The shared word of token i (see {@link Word}). */
    public Word word(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return words[i];
    }

    public String token(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return words[i].text();
    }

    /** Where a word keeps its readings and their phrase numbers (see {@link Word}). */
    private static final int KNOWN = Word.newSlot();

    /** A word's readings (immutable) and, as of {@link PhraseIds#count} {@code count}, their numbers. */
    private record Known(List<Proclitics.Reading> readings, int count, int[] ids) {
    }

    private Known known(int i) {
        Word w = words[i];
        Known known = (Known) w.fact(KNOWN);
        if (known == null) {
            known = new Known(List.copyOf(Proclitics.readings(w.text())), -1, null);
            w.fact(KNOWN, known);
        }
        return known;
    }

    /** {@link Proclitics#readings} of token i, worked out once per word (see {@link Word}). */
    @SuppressWarnings("unchecked")
    public List<Proclitics.Reading> readings(int i) {
        List<Proclitics.Reading> r = (List<Proclitics.Reading>) readings[i];
        if (r == null) {
            r = known(i).readings();
            readings[i] = r;
        }
        return r;
    }

    private int[][] readingIds;
    private int readingIdsCount;

    /** {@link PhraseIds#id} of each of {@link #readings}(i), in the same order; computed once per word. */
    int[] readingIds(int i) {
        int count = PhraseIds.count();
        if (readingIds == null || readingIdsCount != count) {
            readingIds = new int[size][];
            readingIdsCount = count;
        }
        int[] out = readingIds[i];
        if (out == null) {
            Known known = known(i);
            if (known.count() == count) {
                out = known.ids();
            } else {
                List<Proclitics.Reading> r = known.readings();
                out = new int[r.size()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = PhraseIds.id(r.get(k).rest());
                }
                words[i].fact(KNOWN, new Known(r, count, out));
            }
            readingIds[i] = out;
        }
        return out;
    }

    /** Which phrase indexes hold a phrase starting with one of a word's readings (see {@link PhraseIndex}). */
    private static final WordMasks START_MASKS = new WordMasks();

    private WordMasks.PerText startMasks;

    /** Bit s set: the phrase index in slot s may have a phrase starting at token i (worked out once per word). */
    long startMask(int i) {
        if (startMasks == null) {
            startMasks = START_MASKS.forText(words);
        }
        return startMasks.at(i, PhraseIndex.generation(), t -> PhraseIndex.startMask(readingIds(t)));
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public boolean isArabic(int i) {
        return charClass(text.charAt(starts[i])) == 1;
    }

    /** True when tokens i and i+1 may belong to one phrase (only spaces and quote marks between them). */
    public boolean joinsNext(int i) {
        return i + 1 < size && joins[i];
    }

    /** True when sentence punctuation (or a colon, which ends datelines) lies between tokens i-1 and i. */
    public boolean breakBefore(int i) {
        if (i <= 0 || i >= size) {
            return true;
        }
        for (int c = ends[i - 1]; c < starts[i]; c++) {
            if (SENTENCE_BREAK.indexOf(text.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Index of the token at or after char offset, or size(). */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Gap text between tokens i and i+1 (empty at the end). */
    public String gapAfter(int i) {
        return i + 1 < size ? text.substring(ends[i], starts[i + 1]) : text.substring(ends[i]);
    }

    /** Tokens of a key-form phrase joined by single spaces: the form every index stores. */
    public static String phrase(String key) {
        KeyText t = of(key);
        var sb = new StringBuilder();
        for (int i = 0; i < t.size; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(t.token(i));
        }
        return sb.toString();
    }
}
