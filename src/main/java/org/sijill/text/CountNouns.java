package org.sijill.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counted nouns and the count their form carries when no numeral is given:
 * {@code مقتل عنصرين} → 2 (dual), {@code سيدتان} → 2, {@code مقتل طفل} → 1 (indefinite singular),
 * {@code عناصر} → "some" (VAGUE, low 3). Where the oblique dual and the plural are both {@code -ين}
 * ({@code مقاتلين}), the clean view's diacritics decide: {@code مقاتلَين} (fatha) is two fighters,
 * {@code مقاتلِين} (kasra) fighters; without them the count is "2 or more" (AT_LEAST 2). The caller
 * checks the neighbours first: a numeral before ({@code ستة مقاتلين}) or {@code اثنين} after
 * ({@code مدنيين اثنين}) is a {@link NumberMention} and wins.
 */
public final class CountNouns {

    public enum NounClass { PERSON, COMBATANT, CIVILIAN, CHILD, WOMAN }

    public enum Form { SINGULAR, DUAL, PLURAL, DUAL_OR_PLURAL }

    /** A word read as a form of {@code noun}; {@code definite} if it had the article (العنصر, للعناصر). */
    public record Match(CountNoun noun, Form form, boolean definite) {
    }

    private static final String[] CONJ = {"و", "ف"};
    private static final String[] PREP = {"ب", "ل", "ك"};
    private static volatile CountNouns standard;

    private final ArabicNormalizer normalizer;
    private final Map<String, List<Match>> byForm = new HashMap<>();
    private final Map<String, CountNoun> byLemma = new HashMap<>();
    private final String alternation;

    public CountNouns(ArabicNormalizer normalizer, LexiconFile file) {
        this.normalizer = normalizer;
        for (LexiconFile.Row r : file.rows()) {
            Set<String> sing = keys(r.col(1));
            for (String s : List.copyOf(sing)) {
                if (!s.endsWith("ه") && !s.endsWith("ا")) {
                    sing.add(s + "ا");   // accusative after 11..99: عنصراً
                }
            }
            Set<String> duals = keys(r.col(2));
            Set<String> plurals = keys(r.col(3));
            CountNoun noun = new CountNoun(r.col(0), NounClass.valueOf(r.col(4).toUpperCase(Locale.ROOT)), Set.copyOf(sing),
                    Set.copyOf(duals), Set.copyOf(plurals));
            byLemma.put(normalizer.key(r.col(0)), noun);
            sing.forEach(f -> index(f, noun, Form.SINGULAR));
            for (String d : duals) {
                index(d, noun, plurals.contains(d) ? Form.DUAL_OR_PLURAL : Form.DUAL);
            }
            plurals.stream().filter(p -> !duals.contains(p)).forEach(p -> index(p, noun, Form.PLURAL));
        }
        List<String> forms = new ArrayList<>(byForm.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.alternation = String.join("|", forms.stream().map(Pattern::quote).toList());
    }

    public static CountNouns standard() {
        CountNouns s = standard;
        if (s == null) {
            synchronized (CountNouns.class) {
                if (standard == null) {
                    standard = new CountNouns(ArabicNormalizer.standard(), LexiconFile.read("lexicon/ar/count-nouns.tsv"));
                }
                s = standard;
            }
        }
        return s;
    }

    private Set<String> keys(String column) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : column.split(";")) {
            if (!f.isBlank()) {
                out.add(normalizer.key(f.strip()));
            }
        }
        return out;
    }

    private void index(String form, CountNoun noun, Form kind) {
        byForm.computeIfAbsent(form, k -> new ArrayList<>()).add(new Match(noun, kind, false));
    }

    /** The noun by its lemma as written in the lexicon ({@code عنصر}). */
    public Optional<CountNoun> lemma(String lemma) {
        return Optional.ofNullable(byLemma.get(normalizer.key(lemma)));
    }

    /** Regex alternation of every form in key form, longest first (no proclitics). */
    public String alternation() {
        return alternation;
    }

    /** Reads {@code word} (clean or key form) as a form of some noun, peeling و/ف, ب/ل/ك and ال/لل. */
    public Optional<Match> match(String word) {
        return Optional.ofNullable(matchKey(normalizer.key(word)));
    }

    Match matchKey(String k) {
        for (String c : CONJ_FIRST) {
            if (!c.isEmpty() && !(k.startsWith(c) && k.length() > c.length() + 1)) {
                continue;
            }
            String rest = k.substring(c.length());
            Match m = lookup(rest, false);
            if (m == null && rest.startsWith("ال") && rest.length() > 3) {
                m = lookup(rest.substring(2), true);
            }
            if (m == null && rest.startsWith("لل") && rest.length() > 3) {
                m = lookup(rest.substring(2), true);
            }
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static final String[] CONJ_FIRST = prefixes();

    private static String[] prefixes() {
        List<String> out = new ArrayList<>(List.of(""));
        for (String c : CONJ) {
            out.add(c);
        }
        for (String p : PREP) {
            out.add(p);
            for (String c : CONJ) {
                out.add(c + p);
            }
        }
        return out.toArray(String[]::new);
    }

    private Match lookup(String k, boolean definite) {
        List<Match> ms = byForm.get(k);
        if (ms == null) {
            return null;
        }
        Match m = ms.get(0);
        return definite ? new Match(m.noun(), m.form(), true) : m;
    }

    /** The count carried by {@code cleanWord} itself, if it is one of the nouns. */
    public Optional<Count> count(String cleanWord) {
        Match m = matchKey(normalizer.key(cleanWord));
        return m == null ? Optional.empty() : count(cleanWord, m);
    }

    /** The count carried by {@code cleanWord} read as a form of {@code noun}. */
    public Optional<Count> count(String cleanWord, CountNoun noun) {
        Match m = matchKey(normalizer.key(cleanWord));
        if (m == null || !m.noun().lemma().equals(noun.lemma())) {
            return Optional.empty();
        }
        return count(cleanWord, m);
    }

    private Optional<Count> count(String cleanWord, Match m) {
        Form form = m.form() == Form.DUAL_OR_PLURAL ? dualByDiacritics(cleanWord) : m.form();
        return switch (form) {
            case SINGULAR -> m.definite() ? Optional.empty() : Optional.of(Count.exact(1));
            case DUAL -> Optional.of(Count.exact(2));
            case PLURAL -> Optional.of(Count.vague(null, 3, null));
            case DUAL_OR_PLURAL -> Optional.of(Count.atLeast(2));
        };
    }

    /** The form of an ambiguous {@code -ين} word as its diacritics say: {@code مقاتلَين} dual, {@code مقاتلِين} plural. */
    public Form dualByDiacritics(String cleanWord) {
        int ya = cleanWord.lastIndexOf('\u064A');
        if (ya < 1 || cleanWord.indexOf('\u0646', ya) < 0) {
            return Form.DUAL_OR_PLURAL;
        }
        for (int i = ya - 1; i >= 0 && ArabicChars.isMark(cleanWord.charAt(i)); i--) {
            char c = cleanWord.charAt(i);
            if (c == '\u064E') {
                return Form.DUAL;    // fatha before ي: ـَيْن
            }
            if (c == '\u0650') {
                return Form.PLURAL;  // kasra before ي: ـِين
            }
        }
        return Form.DUAL_OR_PLURAL;
    }
}
