package org.sijill.extract.rules;

import java.util.ArrayList;
import java.util.List;
import org.sijill.text.TextWords;
import org.sijill.text.Word;
import org.sijill.text.WordMasks;

/**
 * The key view of an article cut into word tokens, with sentence and clause numbers. Rules walk tokens, never
 * raw characters, so a phrase lexicon and a count can meet across punctuation and quotes ("قتلى “قسد”").
 *
 * <p>Sentences end at . ! ? ؟ ؛ and line breaks; clauses also end at commas and colons.
 */
public final class Tokens {

    /** One word: key-view offsets, its sentence and clause ordinals. */
    public record Token(String text, int start, int end, int sentence, int clause) {
    }

    private final String key;
    private final List<Token> tokens;
    /** The tokens' words (shared across texts, with what is known of each word). */
    private final Word[] words;
    private final int sentences;
    /**
     * Per-lexicon lookups already made on this text (rules ask the same question of a token many times), indexed
     * by the table's slot number: an array index, not an identity-map probe, on every lookup.
     */
    private Object[][] memo = new Object[0][];

    private Tokens(String key, List<Token> tokens, Word[] words, int sentences) {
        this.key = key;
        this.tokens = tokens;
        this.words = words;
        this.sentences = sentences;
    }

    public static Tokens of(String key) {
        return of(new TextWords(key));
    }

    /** The tokens of {@code words.text()}, with their words taken from (and left in) {@code words}. */
    public static Tokens of(TextWords textWords) {
        String key = textWords.text();
        var out = new ArrayList<Token>(key.length() / 5 + 16);
        var words = new ArrayList<Word>(key.length() / 5 + 16);
        int sentence = 0;
        int clause = 0;
        boolean sentenceHasWords = false;
        int i = 0;
        while (i < key.length()) {
            char c = key.charAt(i);
            if (isWordChar(c)) {
                // letters and digits are separate tokens: "الذكر148" is a word and a number
                int start = i;
                boolean digit = isDigit(c);
                while (i < key.length() && isWordChar(key.charAt(i)) && isDigit(key.charAt(i)) == digit) {
                    i++;
                }
                Word word = textWords.at(start, i);
                words.add(word);
                out.add(new Token(word.text(), start, i, sentence, clause));
                sentenceHasWords = true;
                continue;
            }
            if (isSentenceEnd(key, i) && sentenceHasWords) {
                sentence++;
                clause++;
                sentenceHasWords = false;
            } else if (c == '،' || c == ',' || c == ':' || c == '؛') {
                clause++;
            }
            i++;
        }
        return new Tokens(key, java.util.Collections.unmodifiableList(out), words.toArray(Word[]::new), sentence + 1);
    }

    private static boolean isWordChar(char c) {
        if (c >= '\u0621' && c <= '\u064A' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
            return true; // the key view is mostly Arabic letters, ASCII digits and lower-case Latin
        }
        return c > 0x7F && Character.isLetterOrDigit(c);
    }

    /** {@link Character#isDigit}, with the ASCII digits of the key view answered without a table lookup. */
    private static boolean isDigit(char c) {
        if (c <= 0x7F) {
            return c >= '0' && c <= '9';
        }
        return !(c >= '\u0621' && c <= '\u064A') && Character.isDigit(c); // Arabic letters, the commonest, first
    }

    /** A full stop between digits ("2.5") or inside a web address is not a sentence end. */
    private static boolean isSentenceEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == '؟' || c == '؛') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        boolean before = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
        boolean after = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
        return !(before && after);
    }

    public String key() {
        return key;
    }

    private String[][] stems;

    /**
     * The ways token i may begin a lexicon phrase: itself, and without a leading conjunction, preposition or article
     * ("ومقتل" → "مقتل"; "بالرقة" → "رقة", "الرقة"). Computed once per token, shared by every lexicon.
     */
    public String[] stems(int i) {
        if (stems == null) {
            stems = new String[tokens.size()][];
        }
        String[] out = stems[i];
        if (out == null) {
            out = computeStems(tokens.get(i).text());
            stems[i] = out;
        }
        return out;
    }

    /** و/ف, then ب/ك/ل, then ال (or the ل of لل), each optional, read off the front with character tests. */
    private static String[] computeStems(String w) {
        var list = new ArrayList<String>(4);
        list.add(w);
        int n = w.length();
        for (int c = 0; c <= 1; c++) {
            if (c == 1 && !(n > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف'))) {
                break;
            }
            for (int p = 0; p <= 1; p++) {
                int at = c;
                if (p == 1) {
                    if (!(n > at + 2 && (w.charAt(at) == 'ب' || w.charAt(at) == 'ك' || w.charAt(at) == 'ل'))) {
                        continue;
                    }
                    at++;
                }
                if (at > 0 && n - at > 1) {
                    add(list, w.substring(at));
                }
                if (n - at > 3 && w.charAt(at) == 'ا' && w.charAt(at + 1) == 'ل') {
                    String rest = w.substring(at + 2); // "بالرقة" → "رقة", and "الرقة" below
                    add(list, rest);
                    if (at > 0) {
                        add(list, "ال" + rest);
                    }
                } else if (p == 1 && w.charAt(at - 1) == 'ل' && n - at > 2 && w.charAt(at) == 'ل') {
                    String rest = w.substring(at + 1); // "للتنظيم" → "تنظيم", "التنظيم"
                    add(list, rest);
                    add(list, "ال" + rest);
                }
            }
        }
        return list.toArray(String[]::new);
    }

    private static void add(List<String> list, String s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }

    /** A per-token memo table for the lexicon with this slot number, created on first use. */
    Object[] memo(int slot) {
        if (slot >= memo.length) {
            memo = java.util.Arrays.copyOf(memo, Math.max(slot + 1, 2 * memo.length));
        }
        Object[] m = memo[slot];
        if (m == null) {
            m = new Object[tokens.size()];
            memo[slot] = m;
        }
        return m;
    }

    private int[][] stemIds;
    private int stemIdsCount;

    /** Where a word keeps its stem numbers (see {@link Word}). */
    private static final int STEM_IDS = Word.newSlot();

    /** A word's stem numbers as of {@link FirstWords#count} {@code count}. */
    private record StemIds(int count, int[] ids) {
    }

    /** Which rule tables can start a phrase with a word (see {@link PhraseTable#startMask}). */
    private static final WordMasks START_MASKS = new WordMasks();

    private WordMasks.PerText startMasks;

    /** Bit s set: the rule table in slot s may start a phrase at token i (worked out once per word). */
    long startMask(int i) {
        if (startMasks == null) {
            startMasks = START_MASKS.forText(words);
        }
        return startMasks.at(i, PhraseTable.generation(), t -> PhraseTable.startMask(stemIds(t)));
    }

    /** {@link FirstWords#id} of each of {@link #stems}(i), in the same order; computed once per token. */
    int[] stemIds(int i) {
        int count = FirstWords.count();
        if (stemIds == null || stemIdsCount != count) {
            stemIds = new int[tokens.size()][];
            stemIdsCount = count;
        }
        int[] out = stemIds[i];
        if (out == null) {
            StemIds known = (StemIds) words[i].fact(STEM_IDS);
            if (known != null && known.count() == count) {
                out = known.ids();
            } else {
                String[] st = stems(i);
                out = new int[st.length];
                for (int k = 0; k < st.length; k++) {
                    out[k] = FirstWords.id(st[k]);
                }
                words[i].fact(STEM_IDS, new StemIds(count, out));
            }
            stemIds[i] = out;
        }
        return out;
    }

    public List<Token> list() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    public int sentenceCount() {
        return sentences;
    }

    private int[] sentenceStarts;

    /** Index of the first token of a sentence, or -1 when it has none; the next sentence's first ends it. */
    public int firstOfSentence(int sentence) {
        if (sentenceStarts == null) {
            sentenceStarts = new int[sentences + 1];
            java.util.Arrays.fill(sentenceStarts, -1);
            for (int i = tokens.size() - 1; i >= 0; i--) {
                sentenceStarts[tokens.get(i).sentence()] = i;
            }
        }
        return sentence < 0 || sentence >= sentences ? -1 : sentenceStarts[sentence];
    }

    /**
     * The token containing this key offset (a match may start after a proclitic: "التنظيم" in "بالتنظيم"), else the
     * first token after it (size() if none).
     */
    public int indexAt(int keyOffset) {
        int i = firstStartingAt(keyOffset);
        return i > 0 && tokens.get(i - 1).end() > keyOffset ? i - 1 : i;
    }

    private int firstStartingAt(int keyOffset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < keyOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token that ends at or before this key offset (-1 if none). */
    public int lastIndexBefore(int keyOffset) {
        int i = firstStartingAt(keyOffset) - 1;
        while (i >= 0 && tokens.get(i).end() > keyOffset) {
            i--;
        }
        return i;
    }

    public boolean sameSentence(int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    public boolean sameClause(int a, int b) {
        return tokens.get(a).clause() == tokens.get(b).clause();
    }
}
