package org.sijill.incidents;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads casualty figures for the API. */
@ApplicationScoped
public class FigureQuery {

    /** Null fields do not filter. */
    public record Filter(String article, String incident, String actor, String outcome, String source, String scope) {
    }

    public record Result(List<FigureRow> items, long total) {
    }

    public Result list(Filter f, int offset, int limit) {
        PanacheQuery<FigureRow> q = query(f);
        long total = q.count();
        if (total == 0) {
            return new Result(List.of(), 0);
        }
        int last = (int) Math.min((long) offset + limit - 1, Integer.MAX_VALUE - 1L);
        return new Result(q.range(offset, last).list(), total);
    }

    /** Every matching figure, in one query (no count first): what a single article or incident shows. */
    public List<FigureRow> all(Filter f) {
        return query(f).list();
    }

    private static PanacheQuery<FigureRow> query(Filter f) {
        var where = new ArrayList<String>();
        var params = new Parameters();
        add(where, params, "articleId", "article", f.article());
        add(where, params, "incidentId", "incident", f.incident());
        add(where, params, "actorId", "actor", f.actor());
        add(where, params, "outcome", "outcome", f.outcome());
        add(where, params, "sourceId", "source", f.source());
        add(where, params, "scope", "scope", f.scope());
        Sort sort = Sort.by("articleId").and("ordinal");
        return where.isEmpty() ? FigureRow.findAll(sort) : FigureRow.find(String.join(" and ", where), sort, params);
    }

    private static void add(List<String> where, Parameters params, String field, String name, String value) {
        if (value != null) {
            where.add(field + " = :" + name);
            params.and(name, value);
        }
    }
}
