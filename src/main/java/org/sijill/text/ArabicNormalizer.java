package org.sijill.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The normaliser: one pipeline for article text, lexicon entries and query words, so they always agree.
 * <pre>
 * NormalizedText t = ArabicNormalizer.standard().normalize("ارتفاع عدد قتـ ـلـ ـى “قسد”");
 * t.key();                       // ارتفاع عدد قتلي "قسد"
 * int at = t.key().indexOf("قتلي");
 * t.quote(at, at + 4);           // قتـ ـلـ ـى   (the exact original)
 * </pre>
 * Steps, in order: invisible characters and NFKC ({@link CharFolds#prepare}), de-obfuscation
 * ({@link Deobfuscator}: T1, T2, J, D1, S1), tatweel, stray marks and digits ({@link CharFolds#finish})
 * giving {@code clean}; then the key folds ({@link CharFolds#keyFold}). Instances are immutable and
 * thread-safe.
 */
public final class ArabicNormalizer {

    public static final String SENSITIVE_WORDS = "lexicon/ar/obf-words.tsv";
    public static final String STANDALONE_WORDS = "lexicon/ar/standalone-words.tsv";

    private static volatile ArabicNormalizer standard;

    private final Deobfuscator deobfuscator;

    /**
     * @param sensitiveWords words worth undoing obfuscation for (any spelling; keyed here)
     * @param standaloneWords short words that never start a split word (rule J), e.g. {@code م}, {@code في}
     */
    public ArabicNormalizer(Collection<String> sensitiveWords, Collection<String> standaloneWords) {
        ArabicNormalizer plain = new ArabicNormalizer();
        this.deobfuscator = new Deobfuscator(keys(plain, sensitiveWords), keys(plain, standaloneWords));
    }

    /** Without lexicon: only the unconditional rules (T1, tatweel, folds) run. Used to key the lexicon. */
    private ArabicNormalizer() {
        this.deobfuscator = new Deobfuscator(Set.of(), Set.of());
    }

    /** The normaliser with the project's lexicons ({@value #SENSITIVE_WORDS}, {@value #STANDALONE_WORDS}). */
    public static ArabicNormalizer standard() {
        ArabicNormalizer s = standard;
        if (s == null) {
            synchronized (ArabicNormalizer.class) {
                s = standard;
                if (s == null) {
                    s = new ArabicNormalizer(column0(SENSITIVE_WORDS), column0(STANDALONE_WORDS));
                    standard = s;
                }
            }
        }
        return s;
    }

    private static Collection<String> column0(String resource) {
        return LexiconFile.read(resource).rows().stream().map(r -> r.col(0)).toList();
    }

    private static Set<String> keys(ArabicNormalizer n, Collection<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(n.key(w));
        }
        return out;
    }

    /** The clean and key views of {@code original}, with offset maps back to it. */
    public NormalizedText normalize(String original) {
        MappedChars m = CharFolds.prepare(original, false);
        m = deobfuscator.apply(m);
        m = CharFolds.finish(m);
        return new NormalizedText(original, m);
    }

    /** The key form of a short string (lexicon entry, query word): the same pipeline as the text. */
    public String key(String s) {
        return normalize(s).key();
    }

    /**
     * For titles and display: only de-obfuscation ({@code قتـ ـلـ ـى} → {@code قتلى}, {@code د١عش} →
     * {@code داعش}), invisible characters removed and presentation forms decomposed. Diacritics, hamza,
     * digits, spaces, punctuation and quotes stay as written.
     */
    public String display(String s) {
        return deobfuscator.apply(CharFolds.prepare(s, true)).toString();
    }
}
