package org.sijill.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads sources with how much each published, was cited for, and which incidents. */
@ApplicationScoped
public class SourceQuery {

    @Inject
    EntityManager em;

    public record View(SourceRow source, long articlesPublished, long figuresAttributed, List<String> incidentIds) {
    }

    public record Result(List<View> items, long total) {
    }

    private static final String USED = """
            (exists (select 1 from article a where a.publisher_id = s.id)
             or exists (select 1 from figure f where f.source_id = s.id))""";

    @SuppressWarnings("unchecked")
    public Result list(String kind, boolean all, int offset, int limit) {
        var where = new ArrayList<String>();
        if (!all) {
            where.add(USED);
        }
        if (kind != null) {
            where.add("s.kind = :kind");
        }
        String w = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var count = em.createNativeQuery("select count(*) from source s" + w);
        var ids = em.createNativeQuery("select s.id from source s" + w + " order by s.id");
        if (kind != null) {
            count.setParameter("kind", kind);
            ids.setParameter("kind", kind);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<String> page = total == 0 ? List.of() : ids.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Result(load(page), total);
    }

    public Optional<View> find(String id) {
        return load(List.of(id)).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<View> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, SourceRow> rows = new HashMap<>();
        em.createQuery("from SourceRow s where s.id in :ids", SourceRow.class).setParameter("ids", ids)
                .getResultList().forEach(s -> rows.put(s.id, s));
        Map<String, Long> published = counts("select publisher_id, count(*) from article where publisher_id in :ids "
                + "group by publisher_id", ids);
        Map<String, Long> attributed = counts("select source_id, count(*) from figure where source_id in :ids "
                + "group by source_id", ids);
        Map<String, List<String>> incidents = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select distinct source_id, incident_id from (
                  select a.publisher_id as source_id, x.incident_id from incident_article x
                    join article a on a.id = x.article_id
                  union select source_id, incident_id from figure where incident_id is not null) s
                where source_id in :ids order by source_id, incident_id""").setParameter("ids", ids).getResultList()) {
            incidents.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        var out = new ArrayList<View>();
        for (String id : ids) {
            SourceRow s = rows.get(id);
            if (s != null) {
                out.add(new View(s, published.getOrDefault(id, 0L), attributed.getOrDefault(id, 0L),
                        incidents.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(String sql, List<String> ids) {
        Map<String, Long> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(sql).setParameter("ids", ids).getResultList()) {
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }
}
