package org.sijill.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Article;
import org.sijill.extract.Extractor;
import org.sijill.testing.EmbeddedPostgresResource;

/** When rules or lexicons change, stored articles are read again at the next start; the articles stay as they were. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReextractionTest {

    @Inject
    IngestService ingest;

    @Inject
    Extractor extractor;

    @Inject
    EntityManager em;

    @Test
    void articlesExtractedByAnOlderVersionAreReadAgainAndKeepTheirText() {
        String id = "004_2d34422f699394eb";
        Article before = QuarkusTransaction.requiringNew().call(() -> Article.findById(id));
        long figures = figures(id);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update article set extractor_version = 'rules-0-old' where id = :id")
                    .setParameter("id", id).executeUpdate();
            em.createNativeQuery("delete from figure where article_id = :id").setParameter("id", id).executeUpdate();
        });
        assertEquals(0, figures(id));

        assertEquals(1, ingest.reextractStale());
        ingest.rebuildIncidents();

        Article after = QuarkusTransaction.requiringNew().call(() -> Article.findById(id));
        assertEquals(extractor.version(), after.extractorVersion);
        assertNotEquals("rules-0-old", after.extractorVersion);
        assertEquals(before.body, after.body);
        assertEquals(before.sha256, after.sha256);
        assertEquals(before.ingestedAt, after.ingestedAt);
        assertEquals(figures, figures(id));
        assertEquals(0, ingest.reextractStale(), "nothing left to re-read");
    }

    private long figures(String article) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from figure where article_id = :a").setParameter("a", article)
                .getSingleResult()).longValue());
    }
}
