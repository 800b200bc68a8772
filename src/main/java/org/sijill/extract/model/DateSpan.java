package org.sijill.extract.model;

import java.time.LocalDate;

/** A date known to lie within [start, end] (either may be null when unknown), with precision and reasoning. */
public record DateSpan(LocalDate start, LocalDate end, String precision, String basis) {

    public static DateSpan unknown(String basis) {
        return new DateSpan(null, null, "UNKNOWN", basis);
    }
}
