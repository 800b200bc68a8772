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

    /** What extraction linked to an article: its publisher, incidents and figure count. */
    public record Links(String publisherId, String publisherName, String publisherNameAr, List<String> incidentIds,
            int figureCount) {
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    /** Links for a page of articles, in three queries whatever the page size. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Links> links(List<Article> articles) {
        var out = new java.util.HashMap<String, Links>();
        if (articles.isEmpty()) {
            return out;
        }
        List<String> ids = articles.stream().map(a -> a.id).toList();
        var incidents = new java.util.HashMap<String, List<String>>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select article_id, incident_id from incident_article where article_id in :ids and role = 'REPORTS'
                order by article_id, incident_id""").setParameter("ids", ids).getResultList()) {
            incidents.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        var figures = new java.util.HashMap<String, Integer>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select article_id, count(*) from figure where article_id in :ids group by article_id""")
                .setParameter("ids", ids).getResultList()) {
            figures.put((String) r[0], ((Number) r[1]).intValue());
        }
        var publishers = new java.util.HashMap<String, Object[]>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select a.id, s.id, s.name, s.name_ar from article a join source s on s.id = a.publisher_id
                where a.id in :ids""").setParameter("ids", ids).getResultList()) {
            publishers.put((String) r[0], r);
        }
        for (Article a : articles) {
            Object[] p = publishers.get(a.id);
            boolean extracted = a.extractorVersion != null;
            out.put(a.id, new Links(p == null ? null : (String) p[1], p == null ? null : (String) p[2],
                    p == null ? null : (String) p[3], extracted ? incidents.getOrDefault(a.id, List.of()) : null,
                    extracted ? figures.getOrDefault(a.id, 0) : -1));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public List<String> referencedIncidents(String articleId) {
        return em.createNativeQuery("""
                select incident_id from incident_article where article_id = :a and role = 'REFERENCES'
                order by incident_id""").setParameter("a", articleId).getResultList();
    }

    /** What was recognised in the article, in text order. */
    public record MentionView(String kind, String value, String quote, int start, int end, String ruleId) {
    }

    @SuppressWarnings("unchecked")
    public List<MentionView> mentions(String articleId) {
        List<Object[]> rows = em.createNativeQuery("""
                select kind, value, quote, start_offset, end_offset, rule_id from mention where article_id = :a
                order by ordinal""").setParameter("a", articleId).getResultList();
        return rows.stream().map(r -> new MentionView((String) r[0], (String) r[1], (String) r[2], (Integer) r[3],
                (Integer) r[4], (String) r[5])).toList();
    }

    public Result list(ArticleFilter filter, int offset, int limit) {
        var where = new ArrayList<String>();
        var params = new Parameters();
        if (filter.publisher() != null) {
            where.add("publisherId = :publisher");
            params.and("publisher", filter.publisher());
        }
        if (filter.incident() != null) {
            where.add("id in (select x.articleId from IncidentArticle x where x.incidentId = :incident)");
            params.and("incident", filter.incident());
        }
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
