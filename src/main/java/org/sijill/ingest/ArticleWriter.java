package org.sijill.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sijill.articles.Article;
import org.sijill.incidents.IncidentService;
import org.sijill.ingest.IngestReport.Outcome;

/**
 * Articles written over the API. Each write is one transaction that also re-derives the incidents it affects, so a failure at
 * any step leaves nothing half-written: the article, its extraction and the incidents change together or not at all.
 */
@ApplicationScoped
public class ArticleWriter {

    @Inject
    EntityManager em;

    @Inject
    IngestService ingest;

    @Inject
    IncidentService incidents;

    /** What a post did: stored a new article, or found the same text already stored (under {@code id}). */
    public record Posted(String id, boolean created) {
    }

    /** Thrown when the id derived from the text is taken by a different text (a 64-bit hash prefix collision). */
    public static class IdTaken extends RuntimeException {
        public IdTaken(String id) {
            super("article id " + id + " is taken by a different text", null, false, false);
        }
    }

    /** Posted articles are named by their content, so the same text always gets the same id. */
    public static String idFor(String sha256) {
        return "a-" + sha256.substring(0, 16);
    }

    public static ArticleInput input(String text, String title, String url, String publisher,
            java.time.LocalDate publishedDate) {
        String sha = ArticleInput.sha256(text);
        return new ArticleInput(idFor(sha), text, sha, ArticleInput.Origin.API, url, title, publisher, publishedDate);
    }

    /**
     * Stores and extracts the article and re-derives the incidents, unless an article with the same text (by its
     * SHA-256, whatever its id, seeds included) is stored already. Two identical posts at once store one article:
     * both get the same id, and the per-id lock makes the second find the first one's article.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Posted post(ArticleInput input) {
        incidents.lockForWriteAndDerive();
        List<String> same = em.createQuery("select a.id from Article a where a.sha256 = :h order by a.id", String.class)
                .setParameter("h", input.sha256()).setMaxResults(1).getResultList();
        if (!same.isEmpty()) {
            return new Posted(same.get(0), false);
        }
        ingest.lockArticle(input.id());
        Article existing = em.find(Article.class, input.id());
        if (existing != null) {
            if (!existing.sha256.equals(input.sha256())) {
                throw new IdTaken(input.id());
            }
            return new Posted(existing.id, false);
        }
        Outcome outcome = ingest.storeInTransaction(input);
        incidents.catchUp();
        return new Posted(input.id(), outcome == Outcome.INSERTED);
    }

    /** Removes the article with everything extracted from it, and re-derives the incidents; false if unknown. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean delete(String id) {
        incidents.lockForWriteAndDerive();
        ingest.lockArticle(id);
        if (em.find(Article.class, id) == null) {
            return false;
        }
        incidents.recordChanges(List.of(id));
        em.createNativeQuery("delete from article where id = :id").setParameter("id", id).executeUpdate();
        incidents.catchUp();
        return true;
    }
}
