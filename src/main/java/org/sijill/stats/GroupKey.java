package org.sijill.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * What casualty statistics can be grouped by, each with the SQL that reads it: {@code c} is the casualty cell with its
 * incident's fields ({@code statistic_total} or {@code statistic_actor}), {@code s} the incident's source joined to
 * actor cells (the total cells by source, {@code statistic_source_total}, carry it as {@code c.source_id}). See
 * {@code statistics/method.md} for what each one means.
 */
public enum GroupKey {
    ADMIN1("admin1", "c.admin1"),
    ADMIN2("admin2", "c.admin2"),
    // only when the whole date range lies in one month (or year): never guess a month for an imprecise date; the
    // cells keep them as written at derivation (IncidentWriter)
    MONTH("month", "c.month"),
    YEAR("year", "c.year"),
    ACTOR("actor", "c.actor_id"),
    OUTCOME("outcome", "c.outcome"),
    EVENT_TYPE("eventType", "c.event_type"),
    SOURCE("source", "s.source_id");

    private final String param;
    final String sql;

    GroupKey(String param, String sql) {
        this.param = param;
        this.sql = sql;
    }

    public String param() {
        return param;
    }

    public static Optional<GroupKey> of(String param) {
        return Arrays.stream(values()).filter(k -> k.param.equals(param)).findFirst();
    }
}
