package org.sijill.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads counts from key-form text: digits ({@code 1,200}), words ({@code ثلاثة وعشرون}, {@code 62 ألفاً}),
 * qualifiers ({@code نحو 900} APPROXIMATE, {@code أكثر من 25} AT_LEAST 26, {@code عشرات} VAGUE), ranges
 * ({@code من 30 إلى 40}), and what is not a count ({@code عام 2019} YEAR, {@code الـ 24} ORDINAL,
 * {@code “دير الزور 24”} NAME, {@code @Hanzpal2} HANDLE_OR_URL ...; see {@link NumberKind}).
 * {@link #find} returns every number in a text with its kind, so digits never slip through unclassified.
 * Count conventions are in {@link Count}. Thread-safe.
 */
public final class NumberParser {

    /** An entry of {@code qualifiers.tsv}. */
    record Qual(String position, String meaning) {
    }

    private static final String[] ORDINAL_ARTICLES = {"ال", "لل", "بال", "وال", "كال", "فال"};
    private static volatile NumberParser standard;

    private final ArabicNormalizer normalizer;
    private final CountNouns nouns;
    private final CalendarWords calendar;
    private final NumberGrammar grammar;
    private final Map<String, NumberGrammar.Word> singleWords = new HashMap<>();
    private final PhraseTable<Qual> qualifiers = new PhraseTable<>();
    private final PhraseTable<NumberKind> before = new PhraseTable<>();
    private final PhraseTable<NumberKind> after = new PhraseTable<>();
    private final NumberContext context;
    private final String pattern;
    /**
     * Tokens that can start a number expression ({@link #STARTS_NUMBER}) or a month name
     * ({@link #STARTS_MONTH}) besides digits: one look-up per token, and most are skipped at once.
     */
    private final Map<String, Integer> starters = new HashMap<>();
    private static final int STARTS_NUMBER = 1;
    private static final int STARTS_MONTH = 2;

    public NumberParser(ArabicNormalizer normalizer, CountNouns nouns) {
        this.normalizer = normalizer;
        this.nouns = nouns;
        this.calendar = new CalendarWords(normalizer);
        PhraseTable<NumberGrammar.Word> words = new PhraseTable<>();
        List<String> wordKeys = new ArrayList<>();
        for (LexiconFile.Row r : LexiconFile.read("lexicon/ar/numbers.tsv").rows()) {
            var w = new NumberGrammar.Word(NumberGrammar.Kind.valueOf(r.col(1)), r.col(2).isEmpty() ? 0 : Long.parseLong(r.col(2)),
                    r.col(3).isEmpty() ? null : Long.valueOf(r.col(3)), r.col(4).isEmpty() ? null : Long.valueOf(r.col(4)));
            String k = normalizer.key(r.col(0));
            words.add(k, w);
            singleWords.put(k, w);
            if (w.kind() != NumberGrammar.Kind.ORDINAL) {
                wordKeys.add(k);
            }
        }
        this.grammar = new NumberGrammar(words);
        List<String> qualKeys = new ArrayList<>();
        for (LexiconFile.Row r : LexiconFile.read("lexicon/ar/qualifiers.tsv").rows()) {
            String k = normalizer.key(r.col(0));
            qualifiers.add(k, new Qual(r.col(1), r.col(2)));
            if (r.col(1).equals("BEFORE") || r.col(1).equals("BOTH")) {
                qualKeys.add(k);
            }
        }
        for (LexiconFile.Row r : LexiconFile.read("lexicon/ar/number-context.tsv").rows()) {
            (r.col(1).equals("BEFORE") ? before : after).add(normalizer.key(r.col(0)), NumberKind.valueOf(r.col(2)));
        }
        this.context = new NumberContext(calendar, nouns, before, after);
        this.pattern = buildPattern(qualKeys, wordKeys);
        java.util.Set<String> numberStarts = new java.util.HashSet<>(List.of("و", "احد", "احدي"));
        qualifiers.firstTokens(numberStarts, PhraseTable.CONJ);
        words.firstTokens(numberStarts, PhraseTable.NUMBER_CLITICS);
        words.firstTokens(numberStarts, PhraseTable.DEFINITE);
        singleWords.forEach((k, w) -> numberStarts.add("ال" + k));   // القتلى الثلاثة
        java.util.Set<String> monthStarts = new java.util.HashSet<>();
        calendar.months.firstTokens(monthStarts, PhraseTable.NONE);
        numberStarts.forEach(k -> starters.merge(k, STARTS_NUMBER, (a, b) -> a | b));
        monthStarts.forEach(k -> starters.merge(k, STARTS_MONTH, (a, b) -> a | b));
    }

    /** Ordinal words ({@code العاشر}) in key form. */
    java.util.Set<String> ordinalWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        singleWords.forEach((k, w) -> {
            if (w.kind() == NumberGrammar.Kind.ORDINAL) {
                out.add(k);
            }
        });
        return out;
    }



    /** The parser with the project lexicons. */
    public static NumberParser standard() {
        NumberParser s = standard;
        if (s == null) {
            synchronized (NumberParser.class) {
                if (standard == null) {
                    standard = new NumberParser(ArabicNormalizer.standard(), CountNouns.standard());
                }
                s = standard;
            }
        }
        return s;
    }

    public CountNouns countNouns() {
        return nouns;
    }

    /**
     * The count a phrase starts with ({@code نحو 900 سجين} → APPROXIMATE 900), or empty if it does not
     * start with a count: {@code الثالث}, {@code عام 2019}, {@code 2022} (a year), {@code الـ 24}.
     */
    public Optional<Count> parse(String keyText) {
        List<Token> toks = normalizer.normalize(keyText).tokens();
        Found f = toks.isEmpty() ? null : readAt(toks, 0);
        // A phrase is its own line, so ISOLATED (page furniture in an article) means nothing here.
        boolean count = f != null && (f.kind == NumberKind.COUNT || f.kind == NumberKind.ISOLATED);
        boolean first = f != null && (f.start == 0 || (f.start == 1 && toks.get(0).isWord("و")));
        return count && first ? Optional.of(f.count) : Optional.empty();
    }

    /** Every number in the text, counts and non-counts, in order. */
    public List<NumberMention> find(NormalizedText text) {
        List<Token> toks = text.tokens();
        List<NumberMention> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            Integer role = t.is(Token.Type.WORD) || t.is(Token.Type.PUNCT) ? starters.get(t.text()) : null;
            boolean candidate = t.is(Token.Type.NUMBER) || t.is(Token.Type.LATIN) || (role != null && (role & STARTS_NUMBER) != 0);
            if (!candidate && !t.is(Token.Type.LINK)) {
                PhraseTable.Match<CalendarWords.Month> month = role != null ? calendar.months.match(toks, i) : null;
                i = month != null ? month.end() : i + 1;   // the الثاني of كانون الثاني is no ordinal
                continue;
            }
            Found f = t.is(Token.Type.LINK) ? null : readAt(toks, i);
            if (f == null) {
                if (t.is(Token.Type.LINK) || t.is(Token.Type.LATIN)) {
                    digitsInside(text, t, out);
                }
                i++;
                continue;
            }
            int ks = toks.get(f.start).start();
            int ke = toks.get(f.end - 1).end();
            out.add(new NumberMention(new Span(ks, ke), text.toOriginal(ks, ke), f.count, f.kind, f.rule));
            i = f.end;
        }
        return out;
    }

    /**
     * The count a counted noun carries by its form, read as {@code noun}: {@code عنصرين} → 2,
     * {@code مقاتلَين} → 2, {@code طفل} → 1, {@code عناصر} → VAGUE low 3 (see {@link CountNouns}).
     */
    public Optional<Count> nounCount(String cleanWord, CountNoun noun) {
        return nouns.count(cleanWord, noun);
    }

    /**
     * A regex (key form) matching a count expression: optional qualifier, then number words or digits.
     * Matches are candidates; {@link #parse} decides.
     */
    public String pattern() {
        return pattern;
    }

    private static String buildPattern(List<String> quals, List<String> words) {
        String q = alternation(quals);
        String w = alternation(words);
        String term = "(?:\\u0648 ?)?(?:[\\u0628\\u0644\\u0643]|\\u0627\\u0644)?(?:" + w + ")" + ArabicChars.WORD_END + "|\\d+(?:[.,]\\d+)*";
        return ArabicChars.WORD_START + "(?:(?:" + q + ") )?(?:" + term + ")(?: (?:" + term + "))*";
    }

    private static String alternation(List<String> keys) {
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        return String.join("|", sorted.stream().map(Pattern::quote).toList());
    }

    /** A reading at tokens {@code [start, end)}. */
    record Found(int start, int end, Count count, NumberKind kind, String rule) {
    }

    Found readAt(List<Token> t, int i) {
        PhraseTable.Match<Qual> q = qualifiers.match(t, i, PhraseTable.CONJ);
        Qual qual = null;
        boolean open = false;
        int j = i;
        if (q != null) {
            switch (q.value().position()) {
                case "BEFORE", "BOTH" -> qual = q.value();
                case "RANGE_OPEN" -> open = true;
                default -> q = null;
            }
            j = q == null ? i : q.end();
        }
        NumberGrammar.Reading r = grammar.read(t, j);
        if (r == null) {
            return q == null ? special(t, i) : null;
        }
        if (r.ordinal()) {
            return new Found(r.start(), r.end(), Count.exact(r.value()), NumberKind.ORDINAL, "number.ordinal");
        }
        int start = q == null ? r.start() : i;
        int end = r.end();
        boolean decimal = !Double.isNaN(r.decimal());
        Count count = r.vague() != null ? r.vague() : Count.exact(decimal ? Math.round(r.decimal()) : r.value());
        String rule = r.vague() != null ? "number.vague" : decimal ? "number.decimal" : r.words() ? "number.words" : "number.digits";
        if (r.vague() == null && !decimal) {
            PhraseTable.Match<Qual> join = qualifiers.match(t, end);
            if (join != null && join.value().position().equals("RANGE_JOIN") && (open || !join.value().meaning().equals("WITH_OPEN"))
                    && !context.afterUpdate(t, i, qualifiers)) {
                NumberGrammar.Reading r2 = grammar.read(t, join.end());
                if (r2 != null && r2.vague() == null && Double.isNaN(r2.decimal()) && r2.value() > r.value()
                        && !NumberContext.yearPair(r, r2)) {
                    count = Count.range(r.value(), r2.value());
                    end = r2.end();
                    rule = "number.range";
                }
            }
            if (open && !rule.equals("number.range")) {
                start = r.start();
                qual = null;
            } else if (qual != null) {
                count = qualify(qual.meaning(), r.value());
                rule += "+qualifier";
            }
            PhraseTable.Match<Qual> post = qualifiers.match(t, end);
            boolean adjacent = post != null;
            if (post == null && end < t.size() && t.get(end).is(Token.Type.WORD)) {
                post = qualifiers.match(t, end + 1);   // "16 عنصراً على الأقل": after the noun
            }
            boolean plain = qual == null && !rule.equals("number.range");
            if (post != null && plain && (post.value().position().equals("AFTER") || post.value().position().equals("BOTH"))) {
                count = qualify(post.value().meaning(), r.value());
                rule += "+qualifier";
                if (adjacent) {
                    end = post.end();
                }
            }
        }
        NumberKind kind = context.classify(t, start, end, r, qual != null);
        return new Found(start, end, count, kind, rule);
    }

    private static Count qualify(String meaning, long n) {
        return switch (meaning) {
            case "APPROXIMATE" -> Count.approximately(n);
            case "MORE_THAN" -> Count.moreThan(n);
            case "AT_LEAST" -> Count.atLeast(n);
            case "LESS_THAN" -> Count.lessThan(n);
            case "AT_MOST" -> Count.atMost(n);
            default -> Count.exact(n);
        };
    }

    /** Counts without a numeral word of their own: {@code أحد المهاجمين} = 1, {@code القتلى الثلاثة} = 3. */
    private Found special(List<Token> t, int i) {
        Token tok = t.get(i);
        if (!tok.is(Token.Type.WORD)) {
            return null;
        }
        String w = tok.text();
        if ((w.equals("احد") || w.equals("احدي")) && i + 1 < t.size() && t.get(i + 1).is(Token.Type.WORD)
                && (t.get(i + 1).text().startsWith("ال") || nouns.matchKey(t.get(i + 1).text()) != null)) {
            return new Found(i, i + 1, Count.exact(1), NumberKind.COUNT, "number.one-of");
        }
        if (w.startsWith("ال") && i > 0 && t.get(i - 1).is(Token.Type.WORD)) {
            NumberGrammar.Word n = singleWords.get(w.substring(2));
            CountNouns.Match noun = nouns.matchKey(t.get(i - 1).text());
            if (n != null && (n.kind() == NumberGrammar.Kind.UNIT || n.kind() == NumberGrammar.Kind.TENS) && n.value() >= 3
                    && noun != null && noun.definite() && noun.form() != CountNouns.Form.SINGULAR) {
                return new Found(i, i + 1, Count.exact(n.value()), NumberKind.COUNT, "number.definite-after-noun");
            }
        }
        return null;
    }

    /** Digit runs inside a link or Latin token: never counts. */
    private static void digitsInside(NormalizedText text, Token t, List<NumberMention> out) {
        String s = t.text();
        for (int a = 0; a < s.length(); a++) {
            if (!ArabicChars.isAsciiDigit(s.charAt(a))) {
                continue;
            }
            int b = a;
            while (b < s.length() && ArabicChars.isAsciiDigit(s.charAt(b))) {
                b++;
            }
            if (b - a <= 18) {
                int ks = t.start() + a;
                int ke = t.start() + b;
                boolean link = t.is(Token.Type.LINK);
                out.add(new NumberMention(new Span(ks, ke), text.toOriginal(ks, ke), Count.exact(Long.parseLong(s.substring(a, b))),
                        link ? NumberKind.HANDLE_OR_URL : NumberKind.NAME, link ? "number.in-link" : "number.in-name"));
            }
            a = b;
        }
    }

    static boolean isOrdinalArticle(Token t) {
        if (!t.is(Token.Type.WORD)) {
            return false;
        }
        for (String a : ORDINAL_ARTICLES) {
            if (t.text().equals(a)) {
                return true;
            }
        }
        return false;
    }
}
