package org.sijill.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds date expressions in a text and resolves them against the publication date:
 * <pre>
 * DateParser.standard().find(text, DateRange.day(LocalDate.of(2022, 1, 25), "metadata"))
 *   "مساء أمس، الاثنين"                 → 2022-01-24 DAY, EVENING
 *   "منذ مساء 19 من كانون الثاني الحالي" → 2022-01-19..2022-01-25 (since), EVENING
 *   "كانون الثاني 2022"                  → 2022-01-01..2022-01-31 MONTH
 * </pre>
 * Grammar in {@link DateGrammar} and {@link AbsoluteDates}, conventions in {@link DateResolver}.
 * Thread-safe.
 */
public final class DateParser {

    private static volatile DateParser standard;

    private final ArabicNormalizer normalizer;
    private final DateGrammar grammar;
    private final DateResolver resolver = new DateResolver();

    public DateParser(ArabicNormalizer normalizer, NumberParser numbers) {
        this.normalizer = normalizer;
        this.grammar = new DateGrammar(new CalendarWords(normalizer), numbers);
    }

    public static DateParser standard() {
        DateParser s = standard;
        if (s == null) {
            synchronized (DateParser.class) {
                if (standard == null) {
                    standard = new DateParser(ArabicNormalizer.standard(), NumberParser.standard());
                }
                s = standard;
            }
        }
        return s;
    }

    /**
     * Every date expression in {@code text}, resolved against {@code published} (which may be a range,
     * or {@link DateRange#unknown} — then relative expressions come back UNKNOWN and say why).
     */
    public List<DateMention> find(NormalizedText text, DateRange published) {
        List<DateMention> out = new ArrayList<>();
        for (DateExpression e : expressions(text)) {
            out.add(mention(text, e, published));
        }
        return out;
    }

    /** The first date expression in a short phrase, resolved ({@code "أول أمس"}, P) → P − 2. */
    public Optional<DateRange> resolve(String phrase, DateRange published) {
        NormalizedText t = normalizer.normalize(phrase);
        List<DateExpression> es = expressions(t);
        return es.isEmpty() ? Optional.empty() : Optional.of(mention(t, es.get(0), published).date());
    }

    List<DateExpression> expressions(NormalizedText text) {
        List<DateExpression> cached = text.dates(grammar);
        if (cached == null) {
            cached = List.copyOf(grammar.read(text.tokens()));
            text.dates(grammar, cached);
        }
        return cached;
    }

    DateMention mention(NormalizedText text, DateExpression e, DateRange published) {
        List<Token> t = text.tokens();
        int ks = t.get(e.start).start();
        int ke = t.get(e.end - 1).end();
        Span original = text.toOriginal(ks, ke);
        DateRange range = resolver.resolve(e, original.quote(text.original()), published);
        return new DateMention(new Span(ks, ke), original, range, e.rule, e.partOfDay == null ? null : e.partOfDay.name(), e.since);
    }
}
