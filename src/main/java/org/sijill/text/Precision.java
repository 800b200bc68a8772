package org.sijill.text;

/**
 * How precisely a {@link DateRange} is known. Maps 1:1 to UCDP GED {@code date_prec} 1..5
 * (DAY=1, DAYS=2: "more than one day but no longer than six", WEEK=3, MONTH=4, YEAR=5) and onto ACLED
 * {@code time_precision} (DAY=1, DAYS/WEEK=2, MONTH=3).
 */
public enum Precision {
    DAY, DAYS, WEEK, MONTH, YEAR, UNKNOWN;

    /** The precision a range of {@code days} calendar days (inclusive) can claim: 1 DAY, 2-6 DAYS, 7 WEEK, ≤31 MONTH, ≤366 YEAR. */
    public static Precision forDays(long days) {
        if (days <= 1) {
            return DAY;
        }
        if (days <= 6) {
            return DAYS;
        }
        if (days == 7) {
            return WEEK;
        }
        if (days <= 31) {
            return MONTH;
        }
        return days <= 366 ? YEAR : UNKNOWN;
    }

    /** The coarser of the two. */
    public Precision max(Precision other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
