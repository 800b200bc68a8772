package org.sijill.text;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;

/**
 * A date expression as read from the tokens, not yet resolved: what the words say, nothing inferred.
 * {@code مساء أمس، الاثنين} is RELATIVE_DAY -1 with weekday MONDAY and part of day EVENING;
 * {@code 19 من كانون الثاني الحالي} is DATE day 19 month 1 modifier 0 (current).
 */
final class DateExpression {

    enum Kind { DATE, RELATIVE_DAY, WEEKDAY, PERIOD, AGO }

    Kind kind;
    int start;
    int end;
    String rule;

    // DATE
    CalendarWords.Calendar calendar = CalendarWords.Calendar.GREGORIAN;
    Integer year;
    Integer month;
    Integer day;
    /** -1 previous, 0 current, +1 next (الماضي, الحالي, المقبل), on a month or a period. */
    Integer modifier;
    /** START, MID or END of the month or year (مطلع, منتصف, أواخر). */
    String part;

    // RELATIVE_DAY
    int relFrom;
    int relTo;
    boolean today;
    boolean recent;

    // PERIOD (unit + modifier) and AGO (unit + amount)
    ChronoUnit unit;
    long amount;

    DayOfWeek weekday;
    /** Weekday + الماضي (strictly before publication) or المقبل (+1). */
    int weekdayModifier;
    /** ليلة + weekday: the evening before that day. */
    boolean nightBefore;
    boolean since;
    CalendarWords.PartOfDay partOfDay;
    /** Preceded by حتى/بحلول: may lie in the future; inference ignores it. */
    boolean future;
    /** The Gregorian date came with a Hijri one (الموافق). */
    boolean paired;

    boolean hasExplicitYear() {
        return year != null;
    }

    @Override
    public String toString() {
        return kind + "[" + start + "," + end + ") " + rule + " y=" + year + " m=" + month + " d=" + day + " mod=" + modifier
                + " rel=" + relFrom + ".." + relTo + " wd=" + weekday + " unit=" + unit + "x" + amount + " since=" + since + " part=" + part;
    }
}
