package org.sijill.extract.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
    private final boolean allowProclitics;

    private record Entry<V>(String[] words, String phrase, V value) {
    }

    public PhraseTable(boolean allowProclitics) {
        this.allowProclitics = allowProclitics;
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

    public void add(String keyPhrase, V value) {
        String[] words = Tokens.of(keyPhrase).list().stream().map(Tokens.Token::text).toArray(String[]::new);
        if (words.length == 0) {
            return;
        }
        byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Entry<>(words, keyPhrase, value));
    }

    private static final Object NONE = new Object();

    /** The longest phrase starting at token i, if any (memoised per text). */
    @SuppressWarnings("unchecked")
    public Optional<Hit<V>> at(Tokens tokens, int i) {
        Object[] memo = tokens.memo(this);
        Object v = memo[i];
        if (v == null) {
            Object found = lookup(tokens, i);
            v = found == null ? NONE : found;
            memo[i] = v;
        }
        return v == NONE ? Optional.empty() : Optional.of((Hit<V>) v);
    }

    private Hit<V> lookup(Tokens tokens, int i) {
        if (!allowProclitics) {
            return longest(tokens, i, tokens.get(i).text(), null);
        }
        Hit<V> best = null;
        for (String stem : tokens.stems(i)) {
            best = longest(tokens, i, stem, best);
        }
        return best;
    }

    private Hit<V> longest(Tokens tokens, int i, String first, Hit<V> best) {
        List<Entry<V>> entries = byFirstWord.get(first);
        if (entries == null) {
            return best;
        }
        for (int x = 0; x < entries.size(); x++) { // indexed: this runs for every token of every text
            Entry<V> e = entries.get(x);
            int n = e.words().length;
            if (i + n > tokens.size() || (best != null && n <= best.to() - best.from())) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = tokens.get(i + k).text().equals(e.words()[k]);
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
