package org.sijill.articles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads articles for the API: filtered, paged, in a stable order. */
@ApplicationScoped
public class ArticleQuery {

    public record Result(List<Article> items, long total) {
    }

    public Result list(ArticleFilter filter, int offset, int limit) {
        var where = new ArrayList<String>();
        var params = new Parameters();
        if (filter.searchKey() != null && !filter.searchKey().isEmpty()) {
            where.add("locate(:q, searchText) > 0");
            params.and("q", filter.searchKey());
        }
        if (filter.from() != null) {
            where.add("publishedEnd >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("publishedStart <= :to");
            params.and("to", filter.to());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        PanacheQuery<Article> q = query.isEmpty() ? Article.findAll(Sort.by("id"))
                : Article.find(query, Sort.by("id"), params);
        long total = q.count();
        List<Article> items = total == 0 ? List.of() : q.range(offset, offset + limit - 1).list();
        return new Result(items, total);
    }

    public Optional<Article> find(String id) {
        return Article.findByIdOptional(id);
    }
}
