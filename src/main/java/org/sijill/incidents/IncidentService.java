package org.sijill.incidents;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import org.sijill.articles.Sql;
import org.sijill.text.ArabicNormalizer;

/**
 * Keeps the incidents equal to what matching all stored incident mentions gives (see {@link IncidentMatcher}), by
 * re-deriving only what changed. Writers record the articles they change ({@link #recordChanges}) in their own
 * transaction; {@link #catchUp} re-derives from those records. Matching is exact per governorate (mentions of
 * different governorates never merge, and a mention with none never merges), so it re-matches only the governorates
 * the changed mentions were or are in, and rewrites only the incidents whose members or figures changed; the result
 * is the same as a full rebuild, with the same ids. Either way it works one governorate at a time
 * ({@link IncidentDerivation}), so its memory does not grow with the corpus.
 *
 * <p>Article writers hold a shared advisory lock ({@link #lockForWrite}) and the derivation an exclusive one, so it
 * never reads articles that a writer has changed but not yet recorded as changed.
 */
@ApplicationScoped
public class IncidentService {

    private static final long REBUILD_LOCK = 7_411_002L;

    /**
     * Transaction timeout for a derivation of its own ({@link #catchUpAlone}): deriving everything after a bulk load
     * of 100,000 articles takes minutes on a small machine, not seconds.
     */
    private static final int DERIVATION_TIMEOUT_S = 3600;

    /** Incidents written in one derivation from which the planner's statistics are refreshed at its end. */
    private static final int ANALYZE_AFTER = 1_000;

    @Inject
    EntityManager em;

    @Inject
    ArabicNormalizer normalizer;

    /** Taken by every transaction that writes articles or their extraction, before it writes anything. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForWrite() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock_shared(:k)) l")
                .setParameter("k", REBUILD_LOCK).getSingleResult();
    }

    /**
     * Taken first by a transaction that writes articles and then re-derives incidents itself ({@link #catchUp}): the
     * exclusive lock from the start, since upgrading a shared one could deadlock with another writer doing the same.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForWriteAndDerive() {
        lockExclusive();
    }

    /**
     * Records that these articles are about to change (or be removed), with the incidents that include them now;
     * call it before their extraction is replaced or deleted, in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChanges(Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        Sql.on(em, c -> {
            var ids = Sql.texts(c, articleIds);
            try (var s = c.prepareStatement("""
                    insert into incident_backlog (what, id)
                    select distinct 'incident', incident_id from incident_mention
                    where article_id = any(?) and incident_id is not null
                    union select 'article', unnest(?::text[])
                    on conflict do nothing""")) {
                s.setArray(1, ids);
                s.setArray(2, ids);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Re-derives every incident from scratch (the same result {@link #catchUp} keeps). */
    @Transactional(Transactional.TxType.REQUIRED)
    public int rebuild() {
        lockExclusive();
        em.createNativeQuery("insert into incident_backlog (what, id) values ('all', '*') on conflict do nothing")
                .executeUpdate();
        return catchUp();
    }

    /** {@link #catchUp} in a transaction of its own, with a timeout long enough for a bulk load's derivation. */
    public int catchUpAlone() {
        return QuarkusTransaction.requiringNew().timeout(DERIVATION_TIMEOUT_S).call(this::catchUp);
    }

    /** Re-derives the incidents the recorded changes affect; returns how many incidents were written. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int catchUp() {
        lockExclusive();
        em.flush();
        return Sql.on(em, this::catchUp);
    }

    private int catchUp(Connection c) throws SQLException {
        var backlog = Backlog.take(c);
        if (backlog.isEmpty()) {
            return 0;
        }
        var derivation = new IncidentDerivation(c, normalizer::key);
        if (backlog.all()) {
            derivation.all();
        } else {
            derivation.changes(backlog.articles(), backlog.incidents());
        }
        if (derivation.written() >= ANALYZE_AFTER) {
            derivation.analyze();
        }
        Log.infof("Incidents re-derived%s: %s", backlog.all() ? " (all)" : "", derivation.summary());
        return derivation.written();
    }

    private void lockExclusive() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:k)) l").setParameter("k",
                REBUILD_LOCK).getSingleResult();
    }
}
