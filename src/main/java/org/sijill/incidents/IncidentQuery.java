package org.sijill.incidents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads incidents with everything the API shows about them, in a few set-based queries (no N+1). */
@ApplicationScoped
public class IncidentQuery {

    @Inject
    EntityManager em;

    public record ActorLink(String actorId, String name, String role) {
    }

    public record Casualty(String actorId, String outcome, int low, int best, int high, int figureCount,
            String partOfActorId) {
    }

    /** An incident and its links: reporting articles, referencing articles, sources, actors, casualties. */
    public record View(Incident incident, List<ActorLink> actors, List<Casualty> casualties, List<String> articleIds,
            List<String> referencedBy, List<String> sourceIds) {
    }

    public record Result(List<View> items, long total) {
    }

    public Result list(IncidentFilter f, int offset, int limit) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        conditions(f, where, params);
        String whereSql = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Query count = em.createNativeQuery("select count(*) from incident i" + whereSql);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return new Result(List.of(), 0);
        }
        Query ids = em.createNativeQuery("select i.id from incident i" + whereSql + " order by "
                + (f.sort() == null ? IncidentFilter.Sort.DATE_DESC : f.sort()).sql);
        params.forEach(ids::setParameter);
        @SuppressWarnings("unchecked")
        List<String> page = ids.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Result(load(page), total);
    }

    public Optional<View> find(String id) {
        return load(List.of(id)).stream().findFirst();
    }

    /** The SQL conditions (on alias {@code i}) and their parameters that select the incidents a filter matches. */
    public static void conditions(IncidentFilter f, List<String> where, Map<String, Object> params) {
        if (f.from() != null) {
            where.add("(i.date_end is null or i.date_end >= :from)");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.add("(i.date_start is null or i.date_start <= :to)");
            params.put("to", f.to());
        }
        eq(where, params, "i.admin1", "admin1", f.admin1());
        eq(where, params, "i.admin2", "admin2", f.admin2());
        eq(where, params, "i.event_type", "eventType", f.eventType());
        eq(where, params, "i.sub_event_type", "subEventType", f.subEventType());
        if (f.actor() != null) {
            where.add("exists (select 1 from incident_actor x where x.incident_id = i.id and x.actor_id = :actor)");
            params.put("actor", f.actor());
        }
        if (f.article() != null) {
            where.add("exists (select 1 from incident_article x where x.incident_id = i.id and x.article_id = :art)");
            params.put("art", f.article());
        }
        if (f.source() != null) {
            where.add("""
                    (exists (select 1 from incident_article x join article a on a.id = x.article_id
                             where x.incident_id = i.id and a.publisher_id = :src)
                     or exists (select 1 from figure g where g.incident_id = i.id and g.source_id = :src))""");
            params.put("src", f.source());
        }
        if (f.bbox() != null) {
            where.add("i.lon between :minLon and :maxLon and i.lat between :minLat and :maxLat");
            params.put("minLon", f.bbox()[0]);
            params.put("minLat", f.bbox()[1]);
            params.put("maxLon", f.bbox()[2]);
            params.put("maxLat", f.bbox()[3]);
        }
    }

    private static void eq(List<String> where, Map<String, Object> params, String column, String name, String value) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    @SuppressWarnings("unchecked")
    private List<View> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Incident> incidents = new HashMap<>();
        em.createQuery("from Incident i where i.id in :ids", Incident.class).setParameter("ids", ids).getResultList()
                .forEach(i -> incidents.put(i.id, i));
        Map<String, List<ActorLink>> actors = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select x.incident_id, x.actor_id, coalesce(a.name, x.actor_id), x.role from incident_actor x
                left join actor a on a.id = x.actor_id where x.incident_id in :ids order by x.role, x.actor_id""")
                .setParameter("ids", ids).getResultList()) {
            actors.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new ActorLink((String) r[1], (String) r[2], (String) r[3]));
        }
        Map<String, List<Casualty>> casualties = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select incident_id, actor_id, outcome, low, best, high, figure_count, part_of_actor_id
                from incident_casualty where incident_id in :ids
                order by outcome, part_of_actor_id nulls first, actor_id""").setParameter("ids", ids).getResultList()) {
            casualties.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new Casualty((String) r[1],
                    (String) r[2], (Integer) r[3], (Integer) r[4], (Integer) r[5], (Integer) r[6], (String) r[7]));
        }
        Map<String, List<String>> reporting = new HashMap<>();
        Map<String, List<String>> referencing = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select incident_id, article_id, role from incident_article where incident_id in :ids
                order by article_id""").setParameter("ids", ids).getResultList()) {
            ("REPORTS".equals(r[2]) ? reporting : referencing).computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add((String) r[1]);
        }
        Map<String, List<String>> sources = new HashMap<>();
        // the incident's sources as the derivation wrote them: publishers of the reporting articles and whoever its
        // figures cite (V7)
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select id, source_id from statistic_source where id in :ids order by id, source_id""")
                .setParameter("ids", ids).getResultList()) {
            sources.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        var out = new LinkedHashMap<String, View>();
        for (String id : ids) {
            Incident i = incidents.get(id);
            if (i != null) {
                out.put(id, new View(i, actors.getOrDefault(id, List.of()), casualties.getOrDefault(id, List.of()),
                        reporting.getOrDefault(id, List.of()), referencing.getOrDefault(id, List.of()),
                        sources.getOrDefault(id, List.of())));
            }
        }
        return List.copyOf(out.values());
    }
}
