package org.sijill.incidents;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijill.articles.Sql;
import org.sijill.articles.Sql.Null;
import org.sijill.extract.model.ActorRole;
import org.sijill.extract.model.Outcome;

/** Writes re-derived incidents with one batch (or one set-based statement) per table, not one statement per row. */
final class IncidentWriter {

    /** An incident ready to store: its cluster, its own fields and its casualties. */
    record Derived(IncidentMatcher.Cluster cluster, Incident incident, List<CasualtyRule.Row> rows,
            List<CasualtyRule.Total> totals) {
    }

    private final Connection c;

    IncidentWriter(Connection c) {
        this.c = c;
    }

    /**
     * Removes every incident. Mentions and figures keep their incident ids until {@link #insert} links them again
     * (most to the same incident, so most rows are not written at all) and {@link #unlinkOrphans} clears the rest.
     */
    void removeAll() throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate("delete from incident");
            s.executeUpdate("delete from statistic_total");
            s.executeUpdate("delete from statistic_actor");
            s.executeUpdate("delete from statistic_source");
            s.executeUpdate("delete from statistic_source_total");
        }
    }

    /** Removes these incidents (with their casualties, actors and article links); see {@link #removeAll}. */
    void remove(Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        var array = Sql.texts(c, ids);
        for (String table : new String[] { "incident", "statistic_total", "statistic_actor", "statistic_source",
                "statistic_source_total" }) {
            try (var s = c.prepareStatement("delete from " + table + " where id = any(?)")) {
                s.setArray(1, array);
                s.executeUpdate();
            }
        }
    }

    /** Clears incident ids that name no stored incident (after {@link #remove} and {@link #insert}). */
    void unlinkOrphans(Collection<String> removed) throws SQLException {
        String orphan = " where incident_id is not null and not exists (select 1 from incident i where i.id = incident_id)";
        for (String table : new String[] { "figure", "incident_mention" }) {
            if (removed == null) {
                try (var s = c.createStatement()) {
                    s.executeUpdate("update " + table + " set incident_id = null" + orphan);
                }
            } else if (!removed.isEmpty()) {
                try (var s = c.prepareStatement("update " + table + " set incident_id = null" + orphan
                        + " and incident_id = any(?)")) {
                    s.setArray(1, Sql.texts(c, removed));
                    s.executeUpdate();
                }
            }
        }
    }

    /**
     * Refreshes the planner's statistics of every table the derivation writes. After a bulk load the new rows would
     * otherwise wait for autovacuum, and until then the planner takes a table of 200,000 cells for one of a few
     * thousand (a statistics query by source took 1.55 s instead of 0.66 s on 100,000 articles).
     */
    void analyze() throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("analyze incident, incident_total, incident_casualty, incident_actor, incident_article, "
                    + "statistic_total, statistic_actor, statistic_source, statistic_source_total");
        }
    }

    void insert(List<Derived> incidents, Phases clock) throws SQLException {
        if (incidents.isEmpty()) {
            return;
        }
        insertIncidents(incidents);
        clock.lap("insert incidents");
        insertCasualties(incidents);
        clock.lap("insert casualties");
        var ids = Sql.texts(c, incidents.stream().map(d -> d.cluster().id()).toList());
        insertStatisticCells(ids);
        clock.lap("statistic cells");
        insertActorsAndArticles(incidents);
        clock.lap("insert actors, articles");
        var members = Members.of(c, incidents);
        link(members);
        clock.lap("link mentions, figures");
        insertStatisticSources(ids, members);
        clock.lap("statistic sources");
    }

    /** Each member mention of the incidents, as three arrays: article id, mention ordinal, incident id. */
    private record Members(java.sql.Array articles, java.sql.Array ordinals, java.sql.Array ids) {
        static Members of(Connection c, List<Derived> incidents) throws SQLException {
            var articles = new ArrayList<String>();
            var ordinals = new ArrayList<Integer>();
            var ids = new ArrayList<String>();
            for (Derived d : incidents) {
                for (MentionRef m : d.cluster().members()) {
                    articles.add(m.articleId());
                    ordinals.add(m.mention().ordinal());
                    ids.add(d.cluster().id());
                }
            }
            return new Members(Sql.texts(c, articles), Sql.ints(c, ordinals), Sql.texts(c, ids));
        }
    }

    private void insertIncidents(List<Derived> incidents) throws SQLException {
        try (var s = c.prepareStatement("""
                insert into incident (id, title, event_type, sub_event_type, date_start, date_end, date_precision,
                  date_basis, country, admin1, admin1_name, admin1_name_ar, admin2, admin2_name, admin2_name_ar,
                  place_name, place_name_ar, site, lat, lon, loc_precision, killed_best)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Derived d : incidents) {
                Incident i = d.incident();
                Sql.bind(s, i.id, i.title, i.eventType, i.subEventType, Sql.orNull(i.dateStart, Null.DATE),
                        Sql.orNull(i.dateEnd, Null.DATE), i.datePrecision, i.dateBasis, i.country, i.admin1,
                        i.admin1Name, i.admin1NameAr, i.admin2, i.admin2Name, i.admin2NameAr, i.placeName,
                        i.placeNameAr, i.site, Sql.orNull(i.lat, Null.DOUBLE), Sql.orNull(i.lon, Null.DOUBLE),
                        i.locPrecision, i.killedBest);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertCasualties(List<Derived> incidents) throws SQLException {
        try (var rows = c.prepareStatement("""
                insert into incident_casualty (incident_id, actor_id, outcome, low, best, high, figure_count,
                  part_of_actor_id) values (?, ?, ?, ?, ?, ?, ?, ?)""");
                var totals = c.prepareStatement("""
                        insert into incident_total (incident_id, outcome, low, best, high, figure_count)
                        values (?, ?, ?, ?, ?, ?)""")) {
            for (Derived d : incidents) {
                String id = d.cluster().id();
                for (CasualtyRule.Row r : d.rows()) {
                    Sql.bind(rows, id, r.actorId(), r.outcome().name(), r.low(), r.best(), r.high(), r.figureCount(),
                            r.partOfActorId());
                    rows.addBatch();
                }
                for (CasualtyRule.Total t : d.totals()) {
                    int figures = d.rows().stream().filter(r -> r.outcome() == t.outcome())
                            .mapToInt(CasualtyRule.Row::figureCount).sum();
                    Sql.bind(totals, id, t.outcome().name(), t.low(), t.best(), t.high(), figures);
                    totals.addBatch();
                }
            }
            rows.executeBatch();
            totals.executeBatch();
        }
    }

    /** The statistics' copy of the casualty rows just written, with their incident's fields (see V6). */
    private void insertStatisticCells(java.sql.Array ids) throws SQLException {
        for (String sql : new String[] { """
                insert into statistic_total
                select t.incident_id, t.outcome, t.low, t.best, t.high, t.figure_count, i.event_type,
                  i.sub_event_type, i.date_start, i.date_end, i.admin1, i.admin2, i.lat, i.lon,""" + MONTH_YEAR + """
                from incident_total t join incident i on i.id = t.incident_id where i.id = any(?)""", """
                insert into statistic_actor
                select x.incident_id, x.outcome, x.actor_id, x.part_of_actor_id, x.low, x.best, x.high,
                  x.figure_count, i.event_type, i.sub_event_type, i.date_start, i.date_end, i.admin1, i.admin2,
                  i.lat, i.lon,""" + MONTH_YEAR + """
                from incident_casualty x join incident i on i.id = x.incident_id where i.id = any(?)""" }) {
            try (var s = c.prepareStatement(sql)) {
                s.setArray(1, ids);
                s.executeUpdate();
            }
        }
    }

    /** An incident's month and year for statistics: only when its whole date range lies in one (V7). */
    private static final String MONTH_YEAR = """
              case when date_trunc('month', i.date_start) = date_trunc('month', i.date_end)
                then to_char(i.date_start, 'YYYY-MM') end,
              case when extract(year from i.date_start) = extract(year from i.date_end)
                then cast(extract(year from i.date_start) as integer) end
            """;

    /**
     * Each incident's sources: publishers of the articles reporting it, and whoever its members' figures cite (V7);
     * then its total cells once per source, which statistics by source read (V8). The figures are found through the
     * members, not through the incident id on the figure: one still pointing at this id from an earlier derivation may
     * be pointed elsewhere only later in this one (in another governorate's turn), and must not count.
     */
    private void insertStatisticSources(java.sql.Array ids, Members members) throws SQLException {
        try (var s = c.prepareStatement("""
                insert into statistic_source
                select distinct incident_id, source_id from (
                  select x.incident_id, a.publisher_id as source_id from incident_article x
                    join article a on a.id = x.article_id where x.role = 'REPORTS' and x.incident_id = any(?)
                  union select u.i, g.source_id from unnest(?::text[], ?::int[], ?::text[]) u (a, o, i)
                    join figure g on g.article_id = u.a and g.mention_ordinal = u.o and g.scope = 'INCIDENT') u
                where source_id is not null""")) {
            s.setArray(1, ids);
            s.setArray(2, members.articles());
            s.setArray(3, members.ordinals());
            s.setArray(4, members.ids());
            s.executeUpdate();
        }
        try (var s = c.prepareStatement("""
                insert into statistic_source_total
                select c.id, s.source_id, c.outcome, c.low, c.best, c.high, c.figures, c.event_type, c.sub_event_type,
                  c.date_start, c.date_end, c.admin1, c.admin2, c.lat, c.lon, c.month, c.year
                from statistic_total c left join statistic_source s on s.id = c.id where c.id = any(?)""")) {
            s.setArray(1, ids);
            s.executeUpdate();
        }
    }

    private void insertActorsAndArticles(List<Derived> incidents) throws SQLException {
        try (var actors = c.prepareStatement("""
                insert into incident_actor (incident_id, actor_id, role) values (?, ?, ?) on conflict do nothing""");
                var articles = c.prepareStatement("""
                        insert into incident_article (incident_id, article_id, role) values (?, ?, ?)""")) {
            for (Derived d : incidents) {
                String id = d.cluster().id();
                for (ActorRole a : IncidentBuilder.actors(d.cluster())) {
                    Sql.bind(actors, id, a.actorId(), a.role().name());
                    actors.addBatch();
                }
                var roleByArticle = new HashMap<String, String>();
                for (MentionRef m : d.cluster().members()) {
                    roleByArticle.merge(m.articleId(), m.mention().role().name(),
                            (x, y) -> x.equals("REPORTS") ? x : y);
                }
                for (Map.Entry<String, String> e : roleByArticle.entrySet()) {
                    Sql.bind(articles, id, e.getKey(), e.getValue());
                    articles.addBatch();
                }
            }
            actors.executeBatch();
            articles.executeBatch();
        }
    }

    /** Points each member mention, and the incident figures read with it, at its incident: one statement each. */
    private void link(Members members) throws SQLException {
        for (String sql : new String[] { """
                update incident_mention m set incident_id = u.i from unnest(?::text[], ?::int[], ?::text[]) u (a, o, i)
                where m.article_id = u.a and m.ordinal = u.o and m.incident_id is distinct from u.i""", """
                update figure f set incident_id = u.i from unnest(?::text[], ?::int[], ?::text[]) u (a, o, i)
                where f.article_id = u.a and f.mention_ordinal = u.o and f.scope = 'INCIDENT'
                  and f.incident_id is distinct from u.i""" }) {
            try (var s = c.prepareStatement(sql)) {
                s.setArray(1, members.articles());
                s.setArray(2, members.ordinals());
                s.setArray(3, members.ids());
                s.executeUpdate();
            }
        }
    }

    static Derived derive(IncidentMatcher.Cluster c, Map<String, List<CasualtyRule.Input>> figuresByMention,
            Map<String, String> actorNames, CasualtyRule rule) {
        Incident incident = IncidentBuilder.build(c, actorNames);
        var figures = new ArrayList<CasualtyRule.Input>();
        c.members().forEach(m -> figures.addAll(figuresByMention.getOrDefault(m.key(), List.of())));
        List<CasualtyRule.Row> rows = rule.casualties(figures);
        List<CasualtyRule.Total> totals = rule.totals(rows);
        incident.killedBest = totals.stream().filter(t -> t.outcome() == Outcome.KILLED)
                .mapToInt(CasualtyRule.Total::best).sum();
        return new Derived(c, incident, rows, totals);
    }
}
