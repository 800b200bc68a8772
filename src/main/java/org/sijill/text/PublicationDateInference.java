package org.sijill.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Infers when an article was published from its own text, as the narrowest range all clues allow:
 * <ul>
 *   <li>a dated tweet embed ({@code — Name (@handle) January 21, 2022}): P ≥ that day, and, assuming news
 *       embeds tweets at most 6 days old, P ≤ that day + 6;</li>
 *   <li>a relative day with a weekday ({@code اليوم الجمعة}, {@code مساء أمس، الاثنين}): P's weekday;</li>
 *   <li>a month called current ({@code 19 من كانون الثاني الحالي}): P's month (and, after {@code منذ},
 *       P ≥ that day);</li>
 *   <li>{@code منذ مطلع العام 2022} or {@code العام الجاري 2022}: P's year (assumed current);</li>
 *   <li>any other explicit date or year, e.g. a photo caption {@code كانون الثاني 2022}: P ≥ its start.</li>
 * </ul>
 * When the month is known but not the year, the earliest year consistent with the lower bound is
 * assumed and the basis says so. Clues that cannot all hold are dropped weakest first (the 6-day tweet
 * assumption, then the year assumption, then the weekday), again said in the basis. With no clue the
 * result is UNKNOWN with null bounds; with only a lower bound it is UNKNOWN with a null end.
 * A date supplied with the article (metadata) always wins.
 * <pre>
 * "مساء أمس، الاثنين" + "منذ مساء 19 من كانون الثاني الحالي" + caption "كانون الثاني 2022" → 2022-01-25 (a Tuesday) DAY
 * </pre>
 */
public final class PublicationDateInference {

    private static final int TWEET_AGE_DAYS = 6;
    private static volatile PublicationDateInference standard;

    private final DateParser dates;

    public PublicationDateInference(DateParser dates) {
        this.dates = dates;
    }

    public static PublicationDateInference standard() {
        PublicationDateInference s = standard;
        if (s == null) {
            synchronized (PublicationDateInference.class) {
                if (standard == null) {
                    standard = new PublicationDateInference(DateParser.standard());
                }
                s = standard;
            }
        }
        return s;
    }

    /** Metadata first: a supplied date wins; the basis notes whether the text agrees. */
    public DateRange infer(NormalizedText text, Optional<LocalDate> supplied) {
        if (supplied.isEmpty()) {
            return infer(text);
        }
        LocalDate d = supplied.get();
        DateRange fromText = infer(text);
        String note = !fromText.contains(d) ? "; the text alone suggests " + fromText.start() + ".." + fromText.end() + " (" + fromText.basis() + ")"
                : fromText.isBounded() ? "; the text agrees (" + fromText.start() + ".." + fromText.end() + ")" : "";
        return DateRange.day(d, "publication date " + d + " supplied with the article" + note);
    }

    public DateRange infer(NormalizedText text) {
        Clues c = new Clues();
        List<Token> t = text.tokens();
        DateExpression previous = null;
        for (DateExpression e : dates.expressions(text)) {
            if (!e.future) {
                DateMention m = dates.mention(text, e, DateRange.unknown(""));
                String q = "'" + m.original().quote(text.original()) + "'";
                DateRange anchored = anchored(previous, e, m.date(), q);
                if (anchored != null) {
                    return anchored;
                }
                c.add(e, q, m.date(), tweetLine(t, e.start));
            }
            previous = e;
        }
        return c.solve();
    }

    /**
     * "صباح اليوم الخميس 12 أيلول 2024", "أمس الأربعاء 11 أيلول": a full date standing right after a day named
     * relative to publication says which day that is, so it fixes the publication date itself.
     */
    private static DateRange anchored(DateExpression relative, DateExpression date, DateRange r, String q) {
        if (relative == null || relative.kind != DateExpression.Kind.RELATIVE_DAY || relative.relFrom != relative.relTo
                || date.kind != DateExpression.Kind.DATE || date.day == null || date.month == null
                || !date.hasExplicitYear() || r.start() == null || !r.start().equals(r.end())
                || date.start - relative.end > 2 || date.start < relative.end) {
            return null;
        }
        LocalDate p = r.start().minusDays(relative.relFrom);
        String which = relative.relFrom == 0 ? "today" : relative.relFrom == -1 ? "yesterday"
                : -relative.relFrom + " days before publication";
        return DateRange.day(p, q + " names the day the article calls " + which + ": published " + p);
    }

    /** Is the date on a tweet-embed signature line ("— name (@handle) January 21, 2022")? */
    private static boolean tweetLine(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && !t.get(k).is(Token.Type.BREAK); k--) {
            if ((t.get(k).is(Token.Type.LINK) && t.get(k).text().startsWith("@")) || t.get(k).text().equals("\u2014")) {
                return true;
            }
        }
        return false;
    }

    /** The clues gathered from one text, and the search for the days that satisfy them. */
    private static final class Clues {
        LocalDate lower;
        String lowerWhy;
        LocalDate tweetUpper;
        String tweetWhy;
        Integer year;
        String yearWhy;
        Integer month;
        Integer dayFrom;
        String monthWhy;
        DayOfWeek weekday;
        String weekdayWhy;
        boolean weekdayConflict;

        void add(DateExpression e, String q, DateRange r, boolean tweet) {
            if (e.kind == DateExpression.Kind.RELATIVE_DAY && e.weekday != null && e.relFrom == e.relTo) {
                DayOfWeek w = e.weekday.minus(e.relFrom);   // أمس الخميس: P is a Friday
                weekdayConflict |= weekday != null && weekday != w;
                weekdayWhy = weekdayWhy == null ? q : weekdayWhy + ", " + q;
                weekday = w;
            } else if (e.kind == DateExpression.Kind.DATE && e.year == null && Integer.valueOf(0).equals(e.modifier)) {
                month = e.month;   // كانون الثاني الحالي
                monthWhy = q;
                if (e.since && e.day != null) {
                    dayFrom = dayFrom == null ? e.day : Math.max(dayFrom, e.day);
                }
            } else if (e.kind == DateExpression.Kind.DATE && e.year != null && r.start() != null) {
                boolean current = Integer.valueOf(0).equals(e.modifier) || (e.since && "START".equals(e.part) && e.month == null);
                if (current && e.calendar == CalendarWords.Calendar.GREGORIAN) {
                    year = e.year;   // منذ مطلع العام 2022
                    yearWhy = q + " (taken as the current year)";
                }
                if (tweet && e.day != null && (tweetUpper == null || r.end().plusDays(TWEET_AGE_DAYS).isBefore(tweetUpper))) {
                    tweetUpper = r.end().plusDays(TWEET_AGE_DAYS);
                    tweetWhy = "on or before " + tweetUpper + " (assuming the tweet in " + q + " is at most " + TWEET_AGE_DAYS + " days old)";
                }
                if (lower == null || r.start().isAfter(lower)) {
                    lower = r.start();
                    lowerWhy = "on or after " + lower + " (" + q + (tweet ? " is a dated tweet embed)" : " is mentioned)");
                }
            }
        }

        DateRange solve() {
            if (lower == null && year == null && month == null && weekday == null) {
                return DateRange.unknown("no date clue in the text");
            }
            List<String> dropped = new ArrayList<>();
            if (weekdayConflict) {
                dropped.add("weekday clues " + weekdayWhy + " disagree");
            }
            for (int level = 0; level < 4; level++) {
                boolean useTweet = level < 1 && tweetUpper != null;
                boolean assumeYear = level < 2;
                boolean useWeekday = level < 3 && weekday != null && !weekdayConflict;
                List<String> why = new ArrayList<>();
                LocalDate lo = lower;
                LocalDate hi = useTweet ? tweetUpper : null;
                if (lo != null) {
                    why.add(lowerWhy);
                }
                if (useTweet) {
                    why.add(tweetWhy);
                }
                Integer y = year;
                if (y != null) {
                    why.add("in " + y + ": " + yearWhy);
                } else if (month != null && assumeYear && (lo != null || hi != null)) {
                    y = lo != null ? lo.getYear() : hi.getYear();
                    if (lo != null && LocalDate.of(y, month, 1).with(TemporalAdjusters.lastDayOfMonth()).isBefore(lo)) {
                        y++;
                    } else if (lo == null && LocalDate.of(y, month, 1).isAfter(hi)) {
                        y--;
                    }
                    why.add("year " + y + " assumed: the first with that month not excluded by the bounds");
                }
                if (y != null) {
                    lo = max(lo, LocalDate.of(y, 1, 1));
                    hi = min(hi, LocalDate.of(y, 12, 31));
                }
                if (month != null) {
                    why.add("in month " + month + " (" + monthWhy + " is called current)" + (dayFrom == null ? "" : ", on or after day " + dayFrom));
                    if (y != null) {
                        LocalDate first = LocalDate.of(y, month, 1);
                        lo = max(lo, dayFrom == null ? first : first.withDayOfMonth(Math.min(dayFrom, first.lengthOfMonth())));
                        hi = min(hi, first.with(TemporalAdjusters.lastDayOfMonth()));
                    }
                }
                if (useWeekday) {
                    why.add("a " + DateResolver.name(weekday) + " (" + weekdayWhy + ")");
                }
                String basis = "published " + String.join("; ", why) + (dropped.isEmpty() ? "" : "; dropped: " + String.join(", ", dropped));
                if (lo == null || hi == null || hi.isAfter(lo.plusDays(800))) {
                    return new DateRange(lo, hi, Precision.UNKNOWN, basis + "; no narrower range follows");
                }
                LocalDate first = null;
                LocalDate last = null;
                for (LocalDate d = lo; !d.isAfter(hi); d = d.plusDays(1)) {
                    if (!useWeekday || d.getDayOfWeek() == weekday) {
                        first = first == null ? d : first;
                        last = d;
                    }
                }
                if (first != null) {
                    return DateRange.of(first, last, Precision.DAY, basis);
                }
                dropped.add(level == 0 ? "the tweet-age assumption" : level == 1 ? "the assumed year" : "the weekday");
            }
            return DateRange.unknown("the date clues contradict each other: " + String.join(", ", dropped));
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a == null || b.isAfter(a) ? b : a;
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a == null || b.isBefore(a) ? b : a;
        }
    }
}
