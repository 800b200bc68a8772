package org.sijill.incidents;

import java.time.LocalDate;

/**
 * Which incidents a list shows; null fields do not filter. Dates compare by overlap with the incident's range.
 *
 * @param bbox minLon, minLat, maxLon, maxLat, or null
 */
public record IncidentFilter(LocalDate from, LocalDate to, String admin1, String admin2, String actor,
        String eventType, String subEventType, String article, String source, double[] bbox, Sort sort) {

    public enum Sort {
        DATE("i.date_start asc nulls last, i.id"),
        DATE_DESC("i.date_start desc nulls last, i.id"),
        KILLED_DESC("i.killed_best desc, i.date_start desc nulls last, i.id");

        final String sql;

        Sort(String sql) {
            this.sql = sql;
        }
    }
}
