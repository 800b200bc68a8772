package org.sijill.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Tokens and their proclitic readings, made on first use and shared by every lexicon run over this text. */
    private final String[] tokens;

    private final List<List<Proclitics.Reading>> readings;

    private KeyText(String text, int[] starts, int[] ends, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.tokens = new String[size];
        this.readings = new ArrayList<>(Collections.nCopies(size, null));
    }

    public static KeyText of(String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            int cls = charClass(text.charAt(i));
            if (cls == 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < text.length() && charClass(text.charAt(j)) == cls) {
                j++;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = i;
            ends[n] = j;
            n++;
            i = j;
        }
        return new KeyText(text, starts, ends, n);
    }

    /** 1 = Arabic letter (no tatweel, marks or digits), 2 = ASCII letter/digit/underscore, 0 = anything else. */
    static int charClass(char c) {
        if ((c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3')) {
            return 1;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
            return 2;
        }
        return 0;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public String token(int i) {
        String t = tokens[i];
        if (t == null) {
            t = text.substring(starts[i], ends[i]);
            tokens[i] = t;
        }
        return t;
    }

    /**
     * Readings and their phrase numbers by token text, shared by all texts: news reuses a small vocabulary, so
     * most tokens of an article were peeled and looked up before. Bounded, so an unending stream of new words
     * cannot fill memory; numbers made before an index was loaded later are not used (their count is stale).
     */
    private static final ConcurrentHashMap<String, Known> KNOWN = new ConcurrentHashMap<>();
    private static final int KNOWN_MAX = 100_000;

    /** A token's readings (immutable) and, as of {@link PhraseIds#count} {@code count}, their numbers. */
    private record Known(List<Proclitics.Reading> readings, int count, int[] ids) {
    }

    /** {@link Proclitics#readings} of token i, computed once per text (and usually found in {@link #KNOWN}). */
    public List<Proclitics.Reading> readings(int i) {
        List<Proclitics.Reading> r = readings.get(i);
        if (r == null) {
            String token = token(i);
            Known known = KNOWN.get(token);
            r = known != null ? known.readings() : List.copyOf(Proclitics.readings(token));
            readings.set(i, r);
        }
        return r;
    }

    private int[][] readingIds;
    private int readingIdsCount;

    /** {@link PhraseIds#id} of each of {@link #readings}(i), in the same order; computed once per token. */
    int[] readingIds(int i) {
        int count = PhraseIds.count();
        if (readingIds == null || readingIdsCount != count) {
            readingIds = new int[size][];
            readingIdsCount = count;
        }
        int[] out = readingIds[i];
        if (out == null) {
            List<Proclitics.Reading> r = readings(i);
            Known known = KNOWN.get(token(i));
            if (known != null && known.count() == count) {
                out = known.ids();
            } else {
                out = new int[r.size()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = PhraseIds.id(r.get(k).rest());
                }
                if (KNOWN.size() < KNOWN_MAX) {
                    KNOWN.put(token(i), new Known(r, count, out));
                }
            }
            readingIds[i] = out;
        }
        return out;
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
        if (i + 1 >= size) {
            return false;
        }
        for (int c = ends[i]; c < starts[i + 1]; c++) {
            char ch = text.charAt(c);
            if (ch != ' ' && JOINABLE_GAP.indexOf(ch) < 0) { // a single space, by far the commonest gap, first
                return false;
            }
        }
        return true;
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
