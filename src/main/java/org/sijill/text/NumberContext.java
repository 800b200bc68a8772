package org.sijill.text;

import java.util.List;

/**
 * Decides what kind of number a reading is from its neighbours: {@code عام 2019} YEAR,
 * {@code 19 من كانون الثاني} DATE_PART, {@code 24 ساعة} DURATION, {@code الـ 24} ORDINAL,
 * {@code “دير الزور 24”} NAME, {@code 10:30} TIME, {@code 0933123456} PHONE; otherwise COUNT.
 * Context words come from {@code number-context.tsv}; the checks below are the structural ones.
 */
final class NumberContext {

    private final CalendarWords calendar;
    private final CountNouns nouns;
    private final PhraseTable<NumberKind> before;
    private final PhraseTable<NumberKind> after;

    NumberContext(CalendarWords calendar, CountNouns nouns, PhraseTable<NumberKind> before, PhraseTable<NumberKind> after) {
        this.calendar = calendar;
        this.nouns = nouns;
        this.before = before;
        this.after = after;
    }

    NumberKind classify(List<Token> t, int start, int end, NumberGrammar.Reading r, boolean qualified) {
        Token first = t.get(r.start());
        boolean digits = first.is(Token.Type.NUMBER) && r.end() == r.start() + 1;
        long value = r.vague() != null ? -1 : r.value();
        Token prev = start > 0 ? t.get(start - 1) : null;
        Token next = end < t.size() ? t.get(end) : null;
        if (digits) {
            NumberKind k = byShape(t, start, end, first);
            if (k != null) {
                return k;
            }
        }
        if (!qualified && value >= 1 && value <= 31 && (monthAt(t, end) || (isFrom(t, end) && monthAt(t, end + 1)))) {
            return NumberKind.DATE_PART;   // 19 من كانون الثاني, 21 january
        }
        if (digits && monthEndsAt(t, start)) {
            return value <= 31 ? NumberKind.DATE_PART : NumberKind.YEAR;   // january 21 / كانون الثاني 2022
        }
        if (digits && prev != null && prev.text().equals(",") && start >= 2 && t.get(start - 2).is(Token.Type.NUMBER)
                && monthEndsAt(t, start - 2) && value >= 1000) {
            return NumberKind.YEAR;   // january 21, 2022
        }
        PhraseTable.Match<NumberKind> b = before.matchEndingAt(t, start, 2, PhraseTable.CLITICS);
        PhraseTable.Match<NumberKind> a = after.match(t, end, PhraseTable.CLITICS);
        if (is(a, NumberKind.PERCENTAGE) || is(b, NumberKind.PERCENTAGE)) {
            return NumberKind.PERCENTAGE;
        }
        if (prev != null && NumberParser.isOrdinalArticle(prev)) {
            return NumberKind.ORDINAL;   // الـ 24, ال24
        }
        boolean yearRange = digits && value >= 1000 && value <= 2999 && first.text().length() == 4;
        if (b != null && (b.value() != NumberKind.YEAR || yearRange)) {
            return b.value();
        }
        if (a != null && a.value() != NumberKind.YEAR) {
            return a.value();
        }
        if (yearRange && (yearMarkerAt(t, end) || (value >= 1900 && value <= 2100 && !qualified && !countNounAt(t, end)))) {
            return NumberKind.YEAR;
        }
        if (digits && next != null && next.text().equals("\"") && prev != null && prev.is(Token.Type.WORD) && !qualified
                && nouns.matchKey(prev.text()) == null) {
            return NumberKind.NAME;   // “دير الزور 24”
        }
        if (!Double.isNaN(r.decimal())) {
            return NumberKind.MEASURE;
        }
        if (digits && !qualified && (prev == null || prev.is(Token.Type.BREAK)) && (next == null || next.is(Token.Type.BREAK))) {
            return NumberKind.ISOLATED;
        }
        return NumberKind.COUNT;
    }

    /** Phones, clock times and numeric dates, from the digits and the punctuation glued to them. */
    private static NumberKind byShape(List<Token> t, int start, int end, Token first) {
        String s = first.text();
        boolean plain = s.chars().allMatch(c -> c >= '0' && c <= '9');
        if ((plain && s.length() >= 7) || (start > 0 && t.get(start - 1).text().equals("+") && first.glued())) {
            return NumberKind.PHONE;
        }
        if (glued(t, end, ":") && numberGlued(t, end + 1) || (glued(t, start - 1, ":") && start >= 2 && t.get(start - 2).is(Token.Type.NUMBER) && first.glued())) {
            return NumberKind.TIME;
        }
        boolean slashAfter = (glued(t, end, "/") || glued(t, end, "-") && glued(t, end + 2, "-")) && numberGlued(t, end + 1);
        boolean slashBefore = start >= 2 && (glued(t, start - 1, "/") || glued(t, start - 1, "-") && glued(t, start - 3, "-"))
                && first.glued() && t.get(start - 2).is(Token.Type.NUMBER);
        if (slashAfter || slashBefore || AbsoluteDates.dottedDate(s)) {
            return NumberKind.DATE_PART;
        }
        return null;
    }

    private static boolean glued(List<Token> t, int i, String text) {
        return i >= 0 && i < t.size() && t.get(i).glued() && t.get(i).text().equals(text);
    }

    private static boolean numberGlued(List<Token> t, int i) {
        return i < t.size() && t.get(i).glued() && t.get(i).is(Token.Type.NUMBER);
    }

    private static boolean is(PhraseTable.Match<NumberKind> m, NumberKind k) {
        return m != null && m.value() == k;
    }

    boolean monthAt(List<Token> t, int i) {
        PhraseTable.Match<CalendarWords.Month> m = calendar.months.match(t, i);
        return m != null;
    }

    private boolean monthEndsAt(List<Token> t, int end) {
        return calendar.months.matchEndingAt(t, end, 2) != null;
    }

    private boolean isFrom(List<Token> t, int i) {
        return i < t.size() && calendar.role(CalendarWords.Role.FROM).match(t, i) != null;
    }

    private boolean yearMarkerAt(List<Token> t, int i) {
        return i < t.size() && calendar.role(CalendarWords.Role.YEAR_MARKER).match(t, i) != null;
    }

    boolean countNounAt(List<Token> t, int i) {
        return i < t.size() && t.get(i).is(Token.Type.WORD) && nouns.matchKey(t.get(i).text()) != null;
    }

    /** "ارتفع عدد القتلى من 4 إلى 6" is a toll update: two numbers, not a range. */
    boolean afterUpdate(List<Token> t, int i, PhraseTable<NumberParser.Qual> qualifiers) {
        for (int k = Math.max(0, i - 6); k < i; k++) {
            PhraseTable.Match<NumberParser.Qual> m = qualifiers.match(t, k, PhraseTable.CONJ);
            if (m != null && m.value().position().equals("UPDATE")) {
                return true;
            }
        }
        return false;
    }

    /** "2021-2022" is two years, not a range of counts. */
    static boolean yearPair(NumberGrammar.Reading a, NumberGrammar.Reading b) {
        return a.value() >= 1900 && a.value() <= 2100 && b.value() >= 1900 && b.value() <= 2100;
    }
}
