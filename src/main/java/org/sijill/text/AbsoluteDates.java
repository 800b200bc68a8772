package org.sijill.text;

import java.util.List;

/**
 * Absolute and partial calendar dates: {@code 19 من كانون الثاني 2022}, {@code العاشر من آذار 2021}, {@code كانون الثاني/يناير},
 * {@code يناير كانون الثاني}, {@code January 21, 2022}, {@code 19/1/2025} (always D/M/Y; Y/M/D when the
 * first part has four digits), {@code 15 رجب 1446 هـ الموافق 15 كانون الثاني 2025م} (one date: the
 * Gregorian part is kept), {@code كانون الثاني الحالي}, {@code عام 2019}. Ambiguous month words
 * ({@code آب}, {@code مارس}) need a day, a year, {@code شهر} or a modifier.
 */
final class AbsoluteDates {

    private AbsoluteDates() {
    }

    /** {@code 19.1.2022}: 1–4 digits, a dot, 1–2 digits, a dot, 1–4 digits (a hand-written test: it runs per number). */
    static boolean dottedDate(String s) {
        int a = s.indexOf('.');
        int b = a < 0 ? -1 : s.indexOf('.', a + 1);
        return a >= 1 && a <= 4 && b - a - 1 >= 1 && b - a - 1 <= 2 && s.length() - b - 1 >= 1 && s.length() - b - 1 <= 4
                && allDigits(s, 0, a) && allDigits(s, a + 1, b) && allDigits(s, b + 1, s.length());
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static DateExpression read(List<Token> t, int p, CalendarWords cal, NumberParser numbers) {
        if (p >= t.size()) {
            return null;
        }
        DateExpression e = numeric(t, p);
        if (e != null) {
            return e;
        }
        int q = p;
        Integer day = null;
        PhraseTable.Match<String> monthWord = cal.at(CalendarWords.Role.MONTH_WORD, t, q);
        if (monthWord != null) {
            q = monthWord.end();
        } else if (dayNumber(t, q) > 0) {
            day = dayNumber(t, q);
            q++;
            PhraseTable.Match<String> from = cal.role(CalendarWords.Role.FROM).match(t, q);
            q = from == null ? q : from.end();
        } else if (t.get(q).is(Token.Type.WORD)) {
            NumberParser.Found ord = numbers.readAt(t, q);   // العاشر من آذار, الحادي والعشرين من يناير
            PhraseTable.Match<String> from = ord == null ? null : cal.role(CalendarWords.Role.FROM).match(t, ord.end());
            if (ord != null && ord.kind() == NumberKind.ORDINAL && from != null && ord.count().value() <= 31) {
                day = ord.count().value().intValue();
                q = from.end();
            }
        }
        PhraseTable.Match<CalendarWords.Month> mo = cal.months.match(t, q, PhraseTable.CLITICS);
        if (mo == null) {
            return day == null && monthWord == null ? yearOnly(t, p, cal, numbers) : null;
        }
        q = mo.end();
        int k = q;
        boolean paren = k < t.size() && t.get(k).text().equals("(");
        if (k < t.size() && (paren || t.get(k).text().equals("/") || t.get(k).text().equals("-"))) {
            k++;
        }
        PhraseTable.Match<CalendarWords.Month> mo2 = cal.months.match(t, k, PhraseTable.CLITICS);
        if (mo2 != null && mo2.value().number() == mo.value().number() && mo2.value().calendar() == mo.value().calendar()) {
            q = mo2.end();   // كانون الثاني/يناير: one month, two names
            if (paren && q < t.size() && t.get(q).text().equals(")")) {
                q++;
            }
        }
        if (day == null && monthWord == null && dayNumber(t, q) > 0) {
            day = dayNumber(t, q);   // January 21, 2022
            q = DateGrammar.skipComma(t, q + 1);
        }
        e = new DateExpression();
        e.kind = DateExpression.Kind.DATE;
        e.start = p;
        e.calendar = mo.value().calendar();
        e.month = mo.value().number();
        e.day = day;
        int yearEnd = year(t, q, e, cal);
        if (yearEnd > q) {
            q = yearEnd;
        } else {
            PhraseTable.Match<String> mod = cal.at(CalendarWords.Role.MODIFIER, t, q);
            if (mod != null) {
                e.modifier = Integer.valueOf(mod.value());
                q = mod.end();
            }
        }
        if (mo.value().ambiguous() && day == null && e.year == null && e.modifier == null && monthWord == null) {
            return null;
        }
        e.rule = day != null ? (e.year != null ? "date.day-month-year" : "date.day-month") : (e.year != null ? "date.month-year" : "date.month");
        e.end = q;
        PhraseTable.Match<String> eq = cal.at(CalendarWords.Role.EQUIVALENT, t, q);
        if (eq != null) {
            int r = eq.end() < t.size() && t.get(eq.end()).isWord("ل") ? eq.end() + 1 : eq.end();
            DateExpression other = read(t, r, cal, numbers);
            if (other != null && other.kind == DateExpression.Kind.DATE) {
                DateExpression keep = e.calendar == CalendarWords.Calendar.HIJRI && other.calendar == CalendarWords.Calendar.GREGORIAN ? other : e;
                keep.start = p;
                keep.end = other.end;
                keep.paired = true;
                return keep;
            }
        }
        return e;
    }

    /** A year at {@code q} (four digits, optional marker م/هـ); returns the index after it, or q. */
    private static int year(List<Token> t, int q, DateExpression e, CalendarWords cal) {
        if (q >= t.size() || !t.get(q).is(Token.Type.NUMBER) || !plainDigits(t.get(q).text()) || t.get(q).text().length() != 4) {
            return q;
        }
        int y = Integer.parseInt(t.get(q).text());
        PhraseTable.Match<String> marker = cal.at(CalendarWords.Role.YEAR_MARKER, t, q + 1);
        boolean hijri = e.calendar == CalendarWords.Calendar.HIJRI || (marker != null && marker.value().equals("HIJRI"));
        if (hijri ? y < 1300 || y > 1600 : y < 1000 || y > 2999) {
            return q;
        }
        e.year = y;
        e.calendar = hijri ? CalendarWords.Calendar.HIJRI : e.calendar;
        return marker == null ? q + 1 : marker.end();
    }

    /** عام 2019, 2014 standing alone (whatever NumberParser calls a YEAR), 1446هـ. */
    private static DateExpression yearOnly(List<Token> t, int p, CalendarWords cal, NumberParser numbers) {
        PhraseTable.Match<String> yw = cal.at(CalendarWords.Role.YEAR_WORD, t, p);
        int q = yw == null ? p : yw.end();
        if (q >= t.size() || !t.get(q).is(Token.Type.NUMBER)) {
            return null;
        }
        NumberParser.Found f = numbers.readAt(t, q);
        if (f == null || f.kind() != NumberKind.YEAR || f.start() != q) {
            return null;
        }
        DateExpression e = new DateExpression();
        e.kind = DateExpression.Kind.DATE;
        e.rule = "date.year";
        e.start = p;
        int end = year(t, q, e, cal);
        if (e.year == null) {
            return null;
        }
        e.end = end;
        return e;
    }

    /** 19/1/2025, 2025/1/19, 19-1-2025, 19.1.2025, 19/1. */
    private static DateExpression numeric(List<Token> t, int p) {
        String[] parts;
        int end;
        Token first = t.get(p);
        if (!first.is(Token.Type.NUMBER)) {
            return null;
        }
        if (dottedDate(first.text())) {
            parts = first.text().split("\\.");
            end = p + 1;
        } else if (sep(t, p + 1, "/") && num(t, p + 2)) {
            boolean three = sep(t, p + 3, "/") && num(t, p + 4);
            parts = three ? new String[] {first.text(), t.get(p + 2).text(), t.get(p + 4).text()} : new String[] {first.text(), t.get(p + 2).text()};
            end = p + (three ? 5 : 3);
        } else if (sep(t, p + 1, "-") && num(t, p + 2) && sep(t, p + 3, "-") && num(t, p + 4)) {
            parts = new String[] {first.text(), t.get(p + 2).text(), t.get(p + 4).text()};
            end = p + 5;
        } else {
            return null;
        }
        for (String s : parts) {
            if (!plainDigits(s)) {
                return null;
            }
        }
        boolean ymd = parts[0].length() == 4;
        int d = Integer.parseInt(ymd ? parts[2] : parts[0]);
        int m = Integer.parseInt(parts[1]);
        Integer y = parts.length < 3 ? null : Integer.parseInt(ymd ? parts[0] : parts[2]);
        if (y != null && y < 100) {
            y += 2000;
        }
        if (m < 1 || m > 12 || d < 1 || d > 31 || (y != null && (y < 1000 || y > 2999))) {
            return null;
        }
        DateExpression e = new DateExpression();
        e.kind = DateExpression.Kind.DATE;
        e.rule = "date.numeric";
        e.start = p;
        e.end = end;
        e.day = d;
        e.month = m;
        e.year = y;
        return e;
    }

    private static boolean sep(List<Token> t, int i, String s) {
        return i < t.size() && t.get(i).glued() && t.get(i).text().equals(s);
    }

    private static boolean num(List<Token> t, int i) {
        return i < t.size() && t.get(i).glued() && t.get(i).is(Token.Type.NUMBER);
    }

    private static int dayNumber(List<Token> t, int i) {
        if (i >= t.size() || !t.get(i).is(Token.Type.NUMBER) || t.get(i).text().length() > 2 || !plainDigits(t.get(i).text())) {
            return -1;
        }
        int v = Integer.parseInt(t.get(i).text());
        return v >= 1 && v <= 31 ? v : -1;
    }

    private static boolean plainDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
