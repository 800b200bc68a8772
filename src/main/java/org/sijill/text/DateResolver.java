package org.sijill.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Resolves a {@link DateExpression} against the publication date P, which may itself be a range: the
 * expression is resolved for each possible P (or P's ends when P spans more than two months) and the
 * results are joined. Conventions: a week is ISO Monday–Sunday; a day-month without a year is the
 * latest such date on or before P; {@code الحالي} is P's month; a Hijri date (Umm al-Qura) gets ±1 day
 * for local moon sighting; a weekday that contradicts a relative word widens the range to cover both.
 * <pre>
 * P = 2025-01-21: "مساء أمس، الاثنين" → 2025-01-20 DAY ("'…' = day before publication 2025-01-21; weekday Monday agrees")
 * P = 2025-01-22: "مساء أمس، الاثنين" → 2025-01-20..2025-01-21 DAYS (conflict, said in the basis)
 * </pre>
 */
final class DateResolver {

    private static final int SCAN_DAYS = 62;

    /** A resolution for one publication day; {@code conflict} if a weekday disagreed. */
    private record Res(DateRange range, boolean conflict) {
    }

    DateRange resolve(DateExpression e, String quote, DateRange published) {
        if (e.kind == DateExpression.Kind.DATE && e.year != null) {
            return since(e, quote, resolveAt(e, quote, null).range, published);
        }
        if (published == null || !published.isBounded()) {
            return DateRange.unknown("'" + quote + "' is relative to the publication date, which is unknown");
        }
        if (published.days() == 1) {
            return since(e, quote, resolveAt(e, quote, published.start()).range, published);
        }
        LocalDate[] agree = new LocalDate[2];
        LocalDate[] clash = new LocalDate[2];
        String agreeBasis = null;
        String clashBasis = null;
        long n = published.days();
        for (long k = 0; k < n; k++) {
            if (n > SCAN_DAYS && k > 0 && k < n - 1) {
                continue;   // long ranges: the ends suffice, every rule is monotonic in P
            }
            Res r = resolveAt(e, quote, published.start().plusDays(k));
            widen(r.conflict ? clash : agree, r.range);
            if (r.conflict) {
                clashBasis = clashBasis == null ? r.range.basis() : clashBasis;
            } else {
                agreeBasis = agreeBasis == null ? r.range.basis() : agreeBasis;
            }
        }
        LocalDate[] use = agree[0] != null ? agree : clash;   // readings where a weekday agrees win
        String basis = agree[0] != null ? agreeBasis : clashBasis;
        LocalDate lo = use[0];
        LocalDate hi = use[1];
        String why = basis + "; publication between " + published.start() + " and " + published.end();
        return since(e, quote, DateRange.of(lo, hi, Precision.DAY, why), published);
    }

    private static void widen(LocalDate[] acc, DateRange r) {
        acc[0] = acc[0] == null || r.start().isBefore(acc[0]) ? r.start() : acc[0];
        acc[1] = acc[1] == null || r.end().isAfter(acc[1]) ? r.end() : acc[1];
    }

    /** منذ …: the episode runs from the date up to publication. */
    private static DateRange since(DateExpression e, String quote, DateRange r, DateRange published) {
        if (!e.since || r.start() == null) {
            return r;
        }
        LocalDate end = published != null && published.end() != null && !published.end().isBefore(r.start()) ? published.end() : null;
        String why = r.basis() + "; 'منذ' runs it up to publication" + (end == null ? " (unknown)" : " " + end);
        return end == null ? new DateRange(r.start(), null, Precision.UNKNOWN, why) : DateRange.of(r.start(), end, Precision.DAY, why);
    }

    private Res resolveAt(DateExpression e, String quote, LocalDate p) {
        String q = "'" + quote + "'";
        return switch (e.kind) {
            case DATE -> e.calendar == CalendarWords.Calendar.HIJRI ? new Res(hijri(e, q, p), false) : gregorian(e, q, p);
            case RELATIVE_DAY -> relative(e, q, p);
            case WEEKDAY -> new Res(weekday(e, q, p), false);
            case PERIOD -> new Res(period(e, q, p), false);
            case AGO -> new Res(ago(e, q, p), false);
        };
    }

    private Res gregorian(DateExpression e, String q, LocalDate p) {
        int y;
        String how;
        if (e.year != null) {
            y = e.year;
            how = "explicit date";
        } else if (e.modifier != null) {
            int pm = p.getMonthValue();
            y = switch (e.modifier) {
                case 0 -> p.getYear();
                case -1 -> e.month < pm ? p.getYear() : p.getYear() - 1;
                default -> e.month > pm ? p.getYear() : p.getYear() + 1;
            };
            how = (e.modifier == 0 ? "current" : e.modifier < 0 ? "previous" : "next") + " month of publication " + p
                    + (e.modifier == 0 && e.month != pm ? " (though publication is in month " + pm + ")" : "");
        } else {
            y = p.getYear();
            if (LocalDate.of(y, e.month, e.day == null ? 1 : Math.min(e.day, 28)).isAfter(p)) {
                y--;
            }
            how = "latest such date on or before publication " + p;
        }
        if (e.month == null) {
            return new Res(part(e, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, q + " = year " + y), false);
        }
        LocalDate first = LocalDate.of(y, e.month, 1);
        if (e.day == null) {
            return new Res(part(e, first, first.with(TemporalAdjusters.lastDayOfMonth()), Precision.MONTH, q + " = " + first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + y + ", " + how), false);
        }
        if (e.day > first.lengthOfMonth()) {
            return new Res(DateRange.of(first, first.with(TemporalAdjusters.lastDayOfMonth()), Precision.MONTH, q + ": day " + e.day + " does not exist in " + first.getMonth() + " " + y + "; month kept"), true);
        }
        LocalDate d = LocalDate.of(y, e.month, e.day);
        String basis = q + " = " + d + " (" + how + ")";
        if (e.weekday != null) {
            if (d.getDayOfWeek() == e.weekday) {
                basis += "; weekday " + name(e.weekday) + " agrees";
            } else if (e.year == null && LocalDate.of(y - 1, e.month, Math.min(e.day, 28)).withDayOfMonth(e.day).getDayOfWeek() == e.weekday) {
                d = d.minusYears(1);
                basis = q + " = " + d + ": weekday " + name(e.weekday) + " fits the year before";
            } else {
                return new Res(DateRange.day(d, basis + "; but " + d + " is a " + name(d.getDayOfWeek()) + ", not " + name(e.weekday)), true);
            }
        }
        return new Res(DateRange.day(d, basis), false);
    }

    private DateRange hijri(DateExpression e, String q, LocalDate p) {
        int hy = e.year != null ? e.year : HijrahDate.from(p).get(ChronoField.YEAR);
        if (e.year == null && e.month != null && HijrahDate.of(hy, e.month, 1).isAfter(HijrahDate.from(p))) {
            hy--;
        }
        HijrahDate first = HijrahDate.of(hy, e.month == null ? 1 : e.month, 1);
        if (e.day != null) {
            LocalDate d = LocalDate.from(HijrahDate.of(hy, e.month, Math.min(e.day, first.lengthOfMonth())));
            return DateRange.of(d.minusDays(1), d.plusDays(1), Precision.DAYS,
                    q + " = " + d + " (Umm al-Qura " + e.day + "/" + e.month + "/" + hy + " AH; ±1 day for local moon sighting)");
        }
        HijrahDate last = e.month == null ? HijrahDate.of(hy, 12, 1).with(TemporalAdjusters.lastDayOfMonth()) : first.with(TemporalAdjusters.lastDayOfMonth());
        LocalDate start = LocalDate.from(e.month == null ? HijrahDate.of(hy, 1, 1) : first);
        return DateRange.of(start, LocalDate.from(last), e.month == null ? Precision.YEAR : Precision.MONTH,
                q + " = Hijri " + (e.month == null ? "year " : "month " + e.month + "/") + hy + " AH (Umm al-Qura)");
    }

    private Res relative(DateExpression e, String q, LocalDate p) {
        LocalDate from = p.plusDays(e.relFrom);
        LocalDate to = p.plusDays(e.relTo);
        String basis = q + " = " + (from.equals(to) ? from : from + ".." + to) + ", " + describe(e.relFrom, e.relTo) + " " + p;
        if (e.recent) {
            return new Res(DateRange.of(from, to, Precision.WEEK, basis + " (vague 'recently': taken as the week before)"), false);
        }
        if (e.weekday == null || e.relFrom != e.relTo) {
            return new Res(DateRange.of(from, to, Precision.DAY, basis), false);
        }
        if (from.getDayOfWeek() == e.weekday) {
            return new Res(DateRange.day(from, basis + "; weekday " + name(e.weekday) + " agrees"), false);
        }
        int diff = e.weekday.getValue() - from.getDayOfWeek().getValue();
        diff = diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff;
        LocalDate w = from.plusDays(diff);
        if (e.relFrom <= 0 && w.isAfter(p)) {
            w = w.minusWeeks(1);   // a weekday named with أمس/اليوم is not after publication
        }
        LocalDate lo = w.isBefore(from) ? w : from;
        LocalDate hi = w.isBefore(from) ? from : w;
        return new Res(DateRange.of(lo, hi, Precision.DAYS, basis + " (" + name(from.getDayOfWeek()) + ") but the text says "
                + name(e.weekday) + " (" + w + "): conflict, range covers both"), true);
    }

    private DateRange weekday(DateExpression e, String q, LocalDate p) {
        LocalDate d;
        String how;
        if (e.weekdayModifier > 0) {
            d = p.with(TemporalAdjusters.next(e.weekday));
            how = "next " + name(e.weekday) + " after publication " + p;
        } else if (e.weekdayModifier < 0 || p.getDayOfWeek() != e.weekday) {
            d = p.with(TemporalAdjusters.previous(e.weekday));
            how = "latest " + name(e.weekday) + " before publication " + p;
        } else {
            d = p;
            how = "publication day " + p + " is a " + name(e.weekday);
        }
        if (e.nightBefore) {
            return DateRange.day(d.minusDays(1), q + " = the evening before " + d + " (" + how + ")");
        }
        return DateRange.day(d, q + " = " + d + " (" + how + ")");
    }

    private DateRange period(DateExpression e, String q, LocalDate p) {
        String which = e.modifier == 0 ? "current" : e.modifier < 0 ? "previous" : "next";
        return switch (e.unit) {
            case WEEKS -> {
                LocalDate mon = p.with(DayOfWeek.MONDAY).plusWeeks(e.modifier);
                yield DateRange.of(mon, mon.plusDays(6), Precision.WEEK, q + " = " + which + " ISO week (Monday-Sunday) of publication " + p);
            }
            case MONTHS -> {
                LocalDate m = p.withDayOfMonth(1).plusMonths(e.modifier);
                yield part(e, m, m.with(TemporalAdjusters.lastDayOfMonth()), Precision.MONTH, q + " = " + which + " month of publication " + p);
            }
            default -> {
                LocalDate y = p.withDayOfYear(1).plusYears(e.modifier);
                yield part(e, y, y.with(TemporalAdjusters.lastDayOfYear()), Precision.YEAR, q + " = " + which + " year of publication " + p);
            }
        };
    }

    private DateRange ago(DateExpression e, String q, LocalDate p) {
        String basis = q + " = " + e.amount + " " + e.unit.toString().toLowerCase(Locale.ROOT) + " before publication " + p;
        return switch (e.unit) {
            case DAYS -> DateRange.day(p.minusDays(e.amount), basis);
            case WEEKS -> {
                LocalDate c = p.minusWeeks(e.amount);
                yield DateRange.of(c.minusDays(3), c.plusDays(3), Precision.WEEK, basis + " (±3 days)");
            }
            case MONTHS -> {
                LocalDate c = p.minusMonths(e.amount);
                yield DateRange.of(c.minusDays(15), c.plusDays(15), Precision.MONTH, basis + " (±15 days)");
            }
            default -> {
                LocalDate c = p.minusYears(e.amount);
                yield DateRange.of(c.minusDays(182), c.plusDays(182), Precision.YEAR, basis + " (±half a year)");
            }
        };
    }

    /** مطلع/منتصف/أواخر: days 1-10, 11-20, 21-end of a month; Jan-Apr, May-Aug, Sep-Dec of a year. */
    private static DateRange part(DateExpression e, LocalDate first, LocalDate last, Precision p, String basis) {
        if (e.part == null) {
            return DateRange.of(first, last, p, basis);
        }
        boolean month = p == Precision.MONTH;
        LocalDate s;
        LocalDate t;
        switch (e.part) {
            case "START" -> {
                s = first;
                t = month ? first.plusDays(9) : first.plusMonths(4).minusDays(1);
            }
            case "MID" -> {
                s = month ? first.plusDays(10) : first.plusMonths(4);
                t = month ? first.plusDays(19) : first.plusMonths(8).minusDays(1);
            }
            default -> {
                s = month ? first.plusDays(20) : first.plusMonths(8);
                t = last;
            }
        }
        return DateRange.of(s, t, p.max(Precision.forDays(ChronoUnit.DAYS.between(s, t) + 1)),
                basis + ", " + e.part.toLowerCase(Locale.ROOT) + " part");
    }

    private static String describe(int from, int to) {
        if (from != to) {
            return "days " + from + ".." + to + " relative to publication";
        }
        return switch (from) {
            case 0 -> "publication day";
            case -1 -> "day before publication";
            case -2 -> "two days before publication";
            case 1 -> "day after publication";
            default -> from + " days from publication";
        };
    }

    static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
