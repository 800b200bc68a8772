package org.sijill.extract.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A lexicon of multi-word phrases, matched on tokens. Every phrase is put through the text normaliser's key
 * function when loaded, so a lexicon line is written as the press writes it. A phrase may carry the proclitics
 * و ف ب ل ك ال on its first word in the text ("ومقتل", "بالرقة", "لقوى").
 *
 * @param <V> what an entry means (an outcome, an event type ...)
 */
public final class PhraseTable<V> {

    /** A phrase found at tokens [from, to). */
    public record Hit<V>(int from, int to, String phrase, V value) {
    }

    /** Entries by the {@link FirstWords} number of their first word (null where none starts with it). */
    @SuppressWarnings("unchecked")
    private List<Entry<V>>[] byFirstWord = new List[0];
    private final boolean allowProclitics;

    private static final AtomicInteger SLOTS = new AtomicInteger();

    /** This table's memo slot in every {@link Tokens}. */
    private final int slot = SLOTS.getAndIncrement();

    /**
     * The first 64 tables, by slot, for {@link #startMask}: which of them can start a phrase with a given word is
     * worked out once per word, so most tokens are turned away by one bit test instead of a look-up per table.
     */
    private static final PhraseTable<?>[] MASKED = new PhraseTable<?>[64];

    /** Grows with every entry added to any table: a word's mask made before then is stale. */
    private static final java.util.concurrent.atomic.AtomicLong GENERATION = new java.util.concurrent.atomic.AtomicLong();

    private record Entry<V>(String[] words, String phrase, V value) {
    }

    /**
     * In a lexicon phrase (not first), stands for any one word: "لم يسفر anyword عن إصابات" reads "لم يسفر القصف عن
     * إصابات" and "لم يسفر التفجير عن إصابات" alike, where a list of subjects would only hold the ones seen so far.
     */
    public static final String ANY_WORD = "anyword";

    public PhraseTable(boolean allowProclitics) {
        this.allowProclitics = allowProclitics;
        if (slot < MASKED.length) {
            synchronized (MASKED) {
                MASKED[slot] = this;
            }
        }
    }

    static long generation() {
        return GENERATION.get();
    }

    /** Bit s set: the table in slot s (s < 64) has an entry whose first word is one of these stems (see Tokens). */
    static long startMask(int[] stemIds) {
        PhraseTable<?>[] tables;
        synchronized (MASKED) {
            tables = MASKED.clone();
        }
        long mask = 0;
        for (int s = 0; s < tables.length; s++) {
            PhraseTable<?> t = tables[s];
            if (t == null) {
                continue;
            }
            int n = t.allowProclitics ? stemIds.length : 1;
            for (int k = 0; k < n; k++) {
                int id = stemIds[k];
                if (id >= 0 && id < t.byFirstWord.length && t.byFirstWord[id] != null) {
                    mask |= 1L << s;
                    break;
                }
            }
        }
        return mask;
    }

    /** Reads a TSV resource: column 0 is the phrase, the rest is turned into the entry's value. */
    public static <V> PhraseTable<V> load(String resource, UnaryOperator<String> key, boolean allowProclitics,
            Function<String[], V> value) {
        var table = new PhraseTable<V>(allowProclitics);
        for (String[] row : readTsv(resource)) {
            table.add(key.apply(row[0]), value.apply(row));
        }
        return table;
    }

    public static List<String[]> readTsv(String resource) {
        try (InputStream in = PhraseTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing lexicon resource " + resource);
            }
            var rows = new ArrayList<String[]>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.replace("\r", "").split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void add(String keyPhrase, V value) {
        String[] words = Tokens.of(keyPhrase).list().stream().map(Tokens.Token::text).toArray(String[]::new);
        if (words.length == 0) {
            return;
        }
        if (words[0].equals(ANY_WORD)) {
            throw new IllegalArgumentException("A phrase cannot begin with " + ANY_WORD + ": " + keyPhrase);
        }
        int id = FirstWords.register(words[0]);
        if (id >= byFirstWord.length) {
            byFirstWord = Arrays.copyOf(byFirstWord, Math.max(id + 1, 2 * byFirstWord.length));
        }
        if (byFirstWord[id] == null) {
            byFirstWord[id] = new ArrayList<>();
        }
        byFirstWord[id].add(new Entry<>(words, keyPhrase, value));
        GENERATION.incrementAndGet();
    }

    private static final Object NONE = new Object();

    /** The longest phrase starting at token i, if any (memoised per text). */
    @SuppressWarnings("unchecked")
    public Optional<Hit<V>> at(Tokens tokens, int i) {
        if (slot < MASKED.length && (tokens.startMask(i) & (1L << slot)) == 0) {
            return Optional.empty();   // no entry of this table starts with this word, whatever follows
        }
        Object[] memo = tokens.memo(slot);
        Object v = memo[i];
        if (v == null) {
            Object found = lookup(tokens, i);
            v = found == null ? NONE : found;
            memo[i] = v;
        }
        return v == NONE ? Optional.empty() : Optional.of((Hit<V>) v);
    }

    private Hit<V> lookup(Tokens tokens, int i) {
        int[] ids = tokens.stemIds(i); // ids[0] is the token itself, the rest its stems without proclitics
        if (!allowProclitics) {
            return longest(tokens, i, ids[0], null);
        }
        Hit<V> best = null;
        for (int id : ids) {
            best = longest(tokens, i, id, best);
        }
        return best;
    }

    private Hit<V> longest(Tokens tokens, int i, int firstWord, Hit<V> best) {
        if (firstWord < 0 || firstWord >= byFirstWord.length || byFirstWord[firstWord] == null) {
            return best;
        }
        List<Entry<V>> entries = byFirstWord[firstWord];
        for (int x = 0; x < entries.size(); x++) { // indexed: this runs for every token of every text
            Entry<V> e = entries.get(x);
            int n = e.words().length;
            if (i + n > tokens.size() || (best != null && n <= best.to() - best.from())) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = e.words()[k].equals(ANY_WORD) || tokens.get(i + k).text().equals(e.words()[k]);
            }
            if (ok) {
                best = new Hit<>(i, i + n, e.phrase(), e.value());
            }
        }
        return best;
    }

    /** Every non-overlapping longest match, left to right. */
    public List<Hit<V>> findAll(Tokens tokens) {
        var out = new ArrayList<Hit<V>>();
        int i = 0;
        while (i < tokens.size()) {
            var hit = at(tokens, i);
            if (hit.isPresent()) {
                out.add(hit.get());
                i = hit.get().to();
            } else {
                i++;
            }
        }
        return out;
    }
}
