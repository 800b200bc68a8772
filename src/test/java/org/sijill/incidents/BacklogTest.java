package org.sijill.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sijill.articles.Sql;
import org.sijill.testing.EmbeddedPostgresResource;

/**
 * The recorded changes a derivation takes: the articles and incidents written down, or "everything" when a rebuild
 * was asked for or there are more changes than are worth keeping one by one; the records are gone once taken. Each
 * case records and takes in one transaction that touches nothing else, so no derivation follows.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class BacklogTest {

    @Inject
    EntityManager em;

    private Backlog take(String values, int most) {
        var taken = new Backlog[1];
        var left = new long[1];
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into incident_backlog (what, id) values " + values).executeUpdate();
            taken[0] = Sql.on(em, c -> Backlog.take(c, most));
            left[0] = ((Number) em.createNativeQuery("select count(*) from incident_backlog").getSingleResult())
                    .longValue();
        });
        assertEquals(0, left[0], "taking deletes the records");
        return taken[0];
    }

    @Test
    void changedArticlesAndIncidentsAreTakenOneByOne() {
        Backlog b = take("('article', 'a1'), ('article', 'a2'), ('incident', 'i1')", 5);
        assertFalse(b.all());
        assertEquals(Set.of("a1", "a2"), b.articles());
        assertEquals(Set.of("i1"), b.incidents());
    }

    @Test
    void moreChangesThanTheLimitAreEverything() {
        Backlog b = take("('article', 'a1'), ('article', 'a2'), ('incident', 'i1')", 2);
        assertTrue(b.all());
        assertTrue(b.articles().isEmpty() && b.incidents().isEmpty(), "no ids kept");
        assertFalse(take("('article', 'a1'), ('article', 'a2')", 2).all(), "at the limit: still one by one");
    }

    @Test
    void aRebuildRecordIsEverything() {
        assertTrue(take("('article', 'a1'), ('all', '*')", 5).all());
    }
}
