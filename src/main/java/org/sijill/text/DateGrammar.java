package org.sijill.text;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads date expressions from key tokens into {@link DateExpression}s, longest first at each position:
 * <ul>
 *   <li>relative days, with an optional weekday: {@code مساء أمس، الاثنين}, {@code اليوم الجمعة}, {@code أول أمس};</li>
 *   <li>weekdays: {@code يوم الأحد الماضي}, {@code ليلة الجمعة}, {@code الخميس 19 كانون الأول};</li>
 *   <li>absolute dates: {@code 19 من كانون الثاني الحالي}, {@code كانون الثاني/يناير 2022}, {@code January 21, 2022},
 *       {@code 19/1/2025}, {@code 15 رجب 1446 هـ الموافق ...}, {@code عام 2019};</li>
 *   <li>periods: {@code الأسبوع الماضي}, {@code الشهر الجاري}, {@code منذ مطلع العام 2022};</li>
 *   <li>spans back: {@code قبل 3 أيام}, {@code منذ يومين}, {@code قبل أسبوع}.</li>
 * </ul>
 * A leading {@code منذ} marks an ongoing episode, a part of day ({@code مساء}) is kept as an attribute.
 */
final class DateGrammar {

    private final CalendarWords cal;
    private final NumberParser numbers;

    /** Tokens that can start a date expression besides digits; every other token is skipped at once. */
    private final java.util.Set<String> starters = new java.util.HashSet<>();

    DateGrammar(CalendarWords cal, NumberParser numbers) {
        this.cal = cal;
        this.numbers = numbers;
        for (CalendarWords.Role r : List.of(CalendarWords.Role.SINCE, CalendarWords.Role.PART, CalendarWords.Role.DAY_WORD,
                CalendarWords.Role.MONTH_WORD, CalendarWords.Role.THIS, CalendarWords.Role.PERIOD, CalendarWords.Role.AGO,
                CalendarWords.Role.YEAR_WORD)) {
            cal.role(r).firstTokens(starters, PhraseTable.CLITICS);
        }
        cal.partsOfDay.firstTokens(starters, PhraseTable.CLITICS);
        cal.relative.firstTokens(starters, PhraseTable.CLITICS);
        cal.weekdays.firstTokens(starters, PhraseTable.CLITICS);
        cal.months.firstTokens(starters, PhraseTable.CLITICS);
        starters.addAll(numbers.ordinalWords());   // العاشر من آذار
    }

    List<DateExpression> read(List<Token> t) {
        List<DateExpression> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Token tok = t.get(i);
            boolean candidate = tok.is(Token.Type.NUMBER) || starters.contains(tok.text());
            DateExpression e = candidate && !notADate(t, i) ? parseAt(t, i) : null;
            if (e == null) {
                i++;
                continue;
            }
            e.future = cal.role(CalendarWords.Role.FUTURE).matchEndingAt(t, e.start, 1, PhraseTable.CLITICS) != null;
            out.add(e);
            i = e.end;
        }
        return out;
    }

    /** Is token i inside a name like "رأي اليوم" (an outlet, not "today")? */
    private boolean notADate(List<Token> t, int i) {
        for (int s = Math.max(0, i - 2); s <= i; s++) {
            PhraseTable.Match<String> m = cal.role(CalendarWords.Role.NOT_DATE).match(t, s, PhraseTable.CLITICS);
            if (m != null && m.end() > i) {
                return true;
            }
        }
        return false;
    }

    private DateExpression parseAt(List<Token> t, int i) {
        DateExpression e = new DateExpression();
        e.start = i;
        int p = i;
        PhraseTable.Match<String> m = cal.at(CalendarWords.Role.SINCE, t, p);
        if (m != null) {
            e.since = true;
            p = m.end();
        }
        int afterSince = p;
        if ((m = cal.at(CalendarWords.Role.PART, t, p)) != null) {
            e.part = m.value();
            p = m.end();
        }
        PhraseTable.Match<CalendarWords.PartOfDay> pod = cal.partsOfDay.match(t, p, PhraseTable.CLITICS);
        boolean layla = false;
        if (pod != null) {
            e.partOfDay = pod.value();
            layla = t.get(pod.start()).text().endsWith("ليله");
            p = pod.end();
        }
        if ((m = cal.at(CalendarWords.Role.DAY_WORD, t, p)) != null && cal.weekdays.match(t, m.end(), PhraseTable.CLITICS) != null) {
            p = m.end();   // يوم الأحد
        }
        int end = relative(t, p, e);
        if (end < 0) {
            end = weekday(t, p, e, layla);
        }
        if (end < 0) {
            end = absoluteInto(t, p, e);
        }
        if (end < 0) {
            end = period(t, p, e);
        }
        if (end < 0) {
            end = ago(t, e.since && p == afterSince ? p : -1, p, e);
        }
        if (end < 0) {
            return null;
        }
        e.end = end;
        return e;
    }

    private int relative(List<Token> t, int p, DateExpression e) {
        PhraseTable.Match<CalendarWords.Relative> r = cal.relative.match(t, p, PhraseTable.CLITICS);
        if (r == null) {
            return -1;
        }
        e.kind = DateExpression.Kind.RELATIVE_DAY;
        e.rule = "date.relative-day";
        e.relFrom = r.value().from();
        e.relTo = r.value().to();
        e.today = r.value().today();
        e.recent = r.value().recent();
        int k = skipComma(t, r.end());
        PhraseTable.Match<String> dw = cal.at(CalendarWords.Role.DAY_WORD, t, k);
        PhraseTable.Match<java.time.DayOfWeek> w = cal.weekdays.match(t, dw == null ? k : dw.end(), PhraseTable.CLITICS);
        if (w != null && e.relFrom == e.relTo) {
            e.weekday = w.value();   // أمس الخميس: checked against each other when resolved
            e.rule = "date.relative-day-weekday";
            return w.end();
        }
        return r.end();
    }

    private int weekday(List<Token> t, int p, DateExpression e, boolean layla) {
        PhraseTable.Match<java.time.DayOfWeek> w = cal.weekdays.match(t, p, PhraseTable.CLITICS);
        if (w == null) {
            return -1;
        }
        e.weekday = w.value();
        int end = absoluteInto(t, skipComma(t, w.end()), e);   // الخميس 19 كانون الأول
        if (end >= 0) {
            e.rule = "date.weekday-" + e.rule.substring("date.".length());
            return end;
        }
        e.kind = DateExpression.Kind.WEEKDAY;
        e.rule = "date.weekday";
        e.nightBefore = layla;
        PhraseTable.Match<String> mod = cal.at(CalendarWords.Role.MODIFIER, t, w.end());
        if (mod != null) {
            e.weekdayModifier = Integer.parseInt(mod.value());
            return mod.end();
        }
        return w.end();
    }

    /** Reads an absolute date at {@code p} into {@code e}; -1 (and {@code e} untouched) if there is none. */
    private int absoluteInto(List<Token> t, int p, DateExpression e) {
        DateExpression a = AbsoluteDates.read(t, p, cal, numbers);
        if (a == null) {
            return -1;
        }
        e.kind = DateExpression.Kind.DATE;
        e.rule = a.rule;
        e.calendar = a.calendar;
        e.year = a.year;
        e.month = a.month;
        e.day = a.day;
        e.modifier = a.modifier;
        e.paired = a.paired;
        return a.end;
    }

    private int period(List<Token> t, int p, DateExpression e) {
        PhraseTable.Match<String> th = cal.at(CalendarWords.Role.THIS, t, p);
        int q = th == null ? p : th.end();
        PhraseTable.Match<String> per = cal.at(CalendarWords.Role.PERIOD, t, q);
        if (per == null) {
            return -1;
        }
        q = per.end();
        ChronoUnit unit = ChronoUnit.valueOf(per.value() + "S");
        PhraseTable.Match<String> mod = th == null ? cal.at(CalendarWords.Role.MODIFIER, t, q) : null;
        Integer modifier = th != null ? Integer.valueOf(0) : mod != null ? Integer.valueOf(mod.value()) : null;
        if (mod != null) {
            q = mod.end();
        }
        if (unit == ChronoUnit.YEARS && (modifier == null || modifier == 0) && q < t.size()) {
            NumberParser.Found y = numbers.readAt(t, q);
            if (y != null && y.kind() == NumberKind.YEAR) {   // العام 2022, العام الجاري 2022
                e.kind = DateExpression.Kind.DATE;
                e.rule = "date.year";
                e.year = y.count().value().intValue();
                e.modifier = modifier;
                return y.end();
            }
        }
        if (modifier == null) {
            if (e.part == null && !e.since) {
                return -1;   // "العام" alone is also "general"
            }
            modifier = 0;    // منذ مطلع العام: this year
        }
        e.kind = DateExpression.Kind.PERIOD;
        e.rule = "date.period";
        e.unit = unit;
        e.modifier = modifier;
        return q;
    }

    /** قبل 3 أيام, قبل يومين, قبل أسبوع; after منذ the number may come straight away (منذ يومين). */
    private int ago(List<Token> t, int sinceAt, int p, DateExpression e) {
        int q = sinceAt;
        if (q < 0) {
            PhraseTable.Match<String> a = cal.at(CalendarWords.Role.AGO, t, p);
            if (a == null) {
                return -1;
            }
            q = a.end();
        }
        Long amount = null;
        NumberParser.Found n = q < t.size() ? numbers.readAt(t, q) : null;
        if (n != null && n.count().value() != null && n.count().qualifier() == Qualifier.EXACT) {
            amount = n.count().value();
            q = n.end();
        }
        String unit = unitAt(t, q);
        if (unit == null) {
            return -1;
        }
        boolean dual = unit.endsWith("*2");
        boolean plural = unit.endsWith("+");
        if (amount == null && plural) {
            return -1;   // منذ سنوات: no number
        }
        e.kind = DateExpression.Kind.AGO;
        e.rule = "date.ago";
        e.unit = ChronoUnit.valueOf(unit.replace("*2", "").replace("+", "") + "S");
        e.amount = amount != null ? amount : dual ? 2 : 1;
        return q + 1;
    }

    /** The duration unit at token i: DAY, DAY*2 (dual), DAY+ (plural) ... or null. */
    private String unitAt(List<Token> t, int i) {
        PhraseTable.Match<String> u = cal.at(CalendarWords.Role.UNIT, t, i);
        if (u != null) {
            return u.value();
        }
        if (cal.at(CalendarWords.Role.DAY_WORD, t, i) != null) {
            return "DAY";
        }
        if (cal.at(CalendarWords.Role.MONTH_WORD, t, i) != null) {
            return "MONTH";
        }
        if (cal.at(CalendarWords.Role.YEAR_WORD, t, i) != null) {
            return "YEAR";
        }
        return null;
    }

    static int skipComma(List<Token> t, int i) {
        return i < t.size() && (t.get(i).text().equals("،") || t.get(i).text().equals(",")) ? i + 1 : i;
    }
}
