package org.sijill.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reported running tallies: the AGGREGATE figures ("148 killed since the start of the year"), each with the source
 * that gave it (the one the article attributes it to, else the article's publisher), its period and its words.
 */
@ApplicationScoped
public class ReportedQuery {

    @Inject
    EntityManager em;

    /** Null fields do not filter; from/to overlap the tally's period. */
    public record Filter(String article, String actor, String outcome, String source, LocalDate from, LocalDate to) {
    }

    /** @param sourceBasis ATTRIBUTED (the article names who gave it) or PUBLISHER (the article's own voice) */
    public record Tally(String id, String articleId, String actorId, String outcome, Integer value, int low,
            Integer high, String qualifier, String partOf, String sourceId, String sourceName, String sourceNameAr,
            String sourceKind, String sourceBasis, LocalDate periodStart, LocalDate periodEnd, String quote,
            int start, int end, String ruleId) {
    }

    public record Result(List<Tally> items, long total) {
    }

    private static final String FROM = """
            from figure f join article a on a.id = f.article_id
              left join source s on s.id = coalesce(f.source_id, a.publisher_id)
            where f.scope = 'AGGREGATE'""";

    @SuppressWarnings("unchecked")
    public Result list(Filter f, int offset, int limit) {
        var where = new StringBuilder();
        var params = new HashMap<String, Object>();
        eq(where, params, "f.article_id", "article", f.article());
        eq(where, params, "f.actor_id", "actor", f.actor());
        eq(where, params, "f.outcome", "outcome", f.outcome());
        eq(where, params, "coalesce(f.source_id, a.publisher_id)", "source", f.source());
        if (f.from() != null) {
            where.append(" and (f.period_end is null or f.period_end >= :from)");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and (f.period_start is null or f.period_start <= :to)");
            params.put("to", f.to());
        }
        Query count = em.createNativeQuery("select count(*) " + FROM + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return new Result(List.of(), 0);
        }
        Query q = em.createNativeQuery("""
                select f.id, f.article_id, f.actor_id, f.outcome, f.value, f.low, f.high, f.qualifier, f.part_of,
                  coalesce(f.source_id, a.publisher_id), coalesce(s.name, f.source_name), s.name_ar, s.kind,
                  case when f.source_id is not null or f.source_name is not null then 'ATTRIBUTED' else 'PUBLISHER' end,
                  f.period_start, f.period_end, f.quote, f.start_offset, f.end_offset, f.rule_id
                """ + FROM + where + " order by f.article_id, f.ordinal");
        params.forEach(q::setParameter);
        var items = new ArrayList<Tally>();
        for (Object[] r : (List<Object[]>) q.setFirstResult(offset).setMaxResults(limit).getResultList()) {
            items.add(new Tally((String) r[0], (String) r[1], (String) r[2], (String) r[3], (Integer) r[4],
                    (Integer) r[5], (Integer) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                    (String) r[11], (String) r[12], (String) r[13], date(r[14]), date(r[15]), (String) r[16],
                    (Integer) r[17], (Integer) r[18], (String) r[19]));
        }
        return new Result(items, total);
    }

    private static void eq(StringBuilder where, Map<String, Object> params, String column, String name, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
