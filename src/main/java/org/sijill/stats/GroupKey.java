package org.sijill.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * What casualty statistics can be grouped by, each with the SQL that reads it: {@code i} is the incident, {@code c}
 * the casualty cell, {@code s} the incident's source. See {@code statistics/method.md} for what each one means.
 */
public enum GroupKey {
    ADMIN1("admin1", "i.admin1"),
    ADMIN2("admin2", "i.admin2"),
    // only when the whole date range lies in one month (or year): never guess a month for an imprecise date
    MONTH("month", "case when date_trunc('month', i.date_start) = date_trunc('month', i.date_end) "
            + "then to_char(i.date_start, 'YYYY-MM') end"),
    YEAR("year", "case when extract(year from i.date_start) = extract(year from i.date_end) "
            + "then cast(extract(year from i.date_start) as integer) end"),
    ACTOR("actor", "c.actor_id"),
    OUTCOME("outcome", "c.outcome"),
    EVENT_TYPE("eventType", "i.event_type"),
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
