package org.sijill.text;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date known to lie in {@code [start, end]} (inclusive), how precisely, and why, in plain English:
 * {@code 2022-01-20..2022-01-20 DAY "'أمس' = day before publication 2022-01-21; weekday Thursday agrees"}.
 * An UNKNOWN range may have a null start and/or end (no bound known).
 */
public record DateRange(LocalDate start, LocalDate end, Precision precision, String basis) {

    public DateRange {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
    }

    public static DateRange day(LocalDate d, String basis) {
        return new DateRange(d, d, Precision.DAY, basis);
    }

    /** {@code [start, end]} with the precision its length allows, but never finer than {@code atLeast}. */
    public static DateRange of(LocalDate start, LocalDate end, Precision atLeast, String basis) {
        return new DateRange(start, end, atLeast.max(Precision.forDays(ChronoUnit.DAYS.between(start, end) + 1)), basis);
    }

    public static DateRange unknown(String basis) {
        return new DateRange(null, null, Precision.UNKNOWN, basis);
    }

    /** Both bounds known. */
    public boolean isBounded() {
        return start != null && end != null;
    }

    /** Calendar days covered, or -1 if unbounded. */
    public long days() {
        return isBounded() ? ChronoUnit.DAYS.between(start, end) + 1 : -1;
    }

    public boolean contains(LocalDate d) {
        return (start == null || !d.isBefore(start)) && (end == null || !d.isAfter(end));
    }

    public DateRange withBasis(String newBasis) {
        return new DateRange(start, end, precision, newBasis);
    }

    @Override
    public String toString() {
        return start + ".." + end + " " + precision + " (" + basis + ")";
    }
}
