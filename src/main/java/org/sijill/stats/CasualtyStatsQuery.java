package org.sijill.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sijill.incidents.IncidentFilter;
import org.sijill.incidents.IncidentQuery;

/**
 * Casualty statistics, added up in one SQL statement over the stored per-incident numbers (never loading incidents
 * into memory). Without {@link GroupKey#ACTOR} the cells are the incident totals over all sides
 * ({@code statistic_total}: {@code incident_total} with its incident's fields); with it, each actor's own rows
 * ({@code statistic_actor}: {@code incident_casualty} likewise), kept apart by the actor they are part of; by source
 * (and not actor), the incident totals once per source ({@code statistic_source_total}). One table is read, without
 * joining the incidents (only actor cells by source join the incidents' sources). The rules are in
 * {@code statistics/method.md}.
 */
@ApplicationScoped
public class CasualtyStatsQuery {

    public static final String PART_OF = "partOfActorId";

    /** Cells with their incident's fields (V6): the incident filters and keys read them as {@code c.*}. */
    private static final String TOTAL_CELLS = "statistic_total";

    private static final String ACTOR_CELLS = "statistic_actor";

    /** An incident column in the shared filters and keys ({@code i.admin1}) as the cell's copy ({@code c.admin1}). */
    private static final Pattern INCIDENT_COLUMN = Pattern.compile("(?<![\\w.])i\\.");

    /** The incident total cells once per source of the incident (V8): by source without a join. */
    private static final String SOURCE_CELLS = "statistic_source_total";

    /** The incident's sources, written with it (V7), for actor cells by source. */
    private static final String SOURCES = "left join statistic_source s on s.id = c.id";

    @Inject
    EntityManager em;

    private static String onCells(String sql) {
        return INCIDENT_COLUMN.matcher(sql).replaceAll("c.");
    }

    /** Outcome is always part of the grouping: different outcomes are never added to one another. */
    /** The row's key columns, in order. */
    public static List<String> columns(List<GroupKey> keys) {
        var names = new ArrayList<String>();
        keys.forEach(k -> names.add(k.param()));
        if (keys.contains(GroupKey.ACTOR)) {
            names.add(PART_OF);
        }
        return names;
    }

    public static List<GroupKey> effective(List<GroupKey> requested) {
        var keys = new ArrayList<>(requested);
        if (!keys.contains(GroupKey.OUTCOME)) {
            keys.add(GroupKey.OUTCOME);
        }
        return keys;
    }

    /**
     * @param keys the effective grouping ({@link #effective})
     * @param outcome only this outcome, or null for all
     * @return one map per row: the keys (then {@value #PART_OF} when grouping by actor), low, best, high, incidents, figures
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> rows(IncidentFilter filter, List<GroupKey> keys, String outcome) {
        boolean byActor = keys.contains(GroupKey.ACTOR);
        boolean bySource = keys.contains(GroupKey.SOURCE);
        String from = byActor ? ACTOR_CELLS + " c" + (bySource ? "\n" + SOURCES : "")
                : bySource ? SOURCE_CELLS + " c" : TOTAL_CELLS + " c";
        var columns = new ArrayList<String>();
        var names = new ArrayList<String>();
        for (GroupKey k : keys) {
            columns.add(k == GroupKey.SOURCE && !byActor ? "c.source_id" : k.sql);
            names.add(k.param());
        }
        if (byActor) { // part of another actor's casualties or not: such rows are kept apart, never merged
            columns.add("c.part_of_actor_id");
            names.add(PART_OF);
        }
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        IncidentQuery.conditions(filter, where, params);
        where.replaceAll(CasualtyStatsQuery::onCells);
        if (outcome != null) {
            where.add("c.outcome = :outcome");
            params.put("outcome", outcome);
        }
        var positions = new ArrayList<String>();
        for (int n = 1; n <= columns.size(); n++) {
            positions.add(String.valueOf(n));
        }
        String sql = "select " + String.join(", ", columns)
                // count(*) counts incidents: every grouping includes the outcome (and the actor and source when a
                // cell is per actor or source), so an incident has at most one cell in a group
                + ", sum(c.low), sum(c.best), sum(c.high), count(*), sum(c.figures)\n"
                + "from " + from
                + (where.isEmpty() ? "" : "\nwhere " + String.join(" and ", where))
                + "\ngroup by " + String.join(", ", positions) + " order by " + String.join(", ", positions);
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        var out = new ArrayList<Map<String, Object>>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            var row = new LinkedHashMap<String, Object>();
            int n = 0;
            for (String name : names) {
                row.put(name, r[n++]);
            }
            for (String measure : new String[] { "low", "best", "high", "incidents", "figures" }) {
                row.put(measure, ((Number) r[n++]).longValue());
            }
            out.add(row);
        }
        return out;
    }
}
