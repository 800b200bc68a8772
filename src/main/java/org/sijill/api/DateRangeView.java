package org.sijill.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A date known to lie within [start, end], how precisely, and in words how that was worked out. */
@Schema(name = "DateRange")
public record DateRangeView(
        @Schema(examples = "2022-01-20") LocalDate start,
        @Schema(examples = "2022-01-20") LocalDate end,
        @Schema(description = "DAY | DAYS | WEEK | MONTH | YEAR | UNKNOWN", examples = "DAY") String precision,
        @Schema(description = "How the range was derived, in words") String basis) {

    static DateRangeView of(LocalDate start, LocalDate end, String precision, String basis) {
        return precision == null ? null : new DateRangeView(start, end, precision, basis);
    }
}
