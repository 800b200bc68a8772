package org.sijill.incidents;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijill.articles.Sql;
import org.sijill.text.ArabicNormalizer;

/**
 * Keeps the incidents equal to what matching all stored incident mentions gives (see {@link IncidentMatcher}), by
 * re-deriving only what changed. Writers record the articles they change ({@link #recordChanges}) in their own
 * transaction; {@link #catchUp} re-derives from those records. Matching is exact per governorate (mentions of
 * different governorates never merge, and a mention with none never merges), so it re-matches only the governorates
 * the changed mentions were or are in, and rewrites only the incidents whose members or figures changed; the result
 * is the same as a full rebuild, with the same ids.
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
        var articles = new HashSet<String>();
        var former = new HashSet<String>();
        boolean all = false;
        try (var s = c.createStatement(); var r = s.executeQuery("delete from incident_backlog returning what, id")) {
            while (r.next()) {
                switch (r.getString(1)) {
                    case "article" -> articles.add(r.getString(2));
                    case "incident" -> former.add(r.getString(2));
                    default -> all = true;
                }
            }
        }
        if (!all && articles.isEmpty() && former.isEmpty()) {
            return 0;
        }
        var clock = new Phases();
        var store = new IncidentSource(c);
        var writer = new IncidentWriter(c);
        List<MentionRef> mentions;
        List<IncidentMatcher.Cluster> write;
        Set<String> removed = null;
        if (all) {
            mentions = store.mentions(null, null);
            clock.lap("read mentions");
            write = new IncidentMatcher(normalizer::key).match(mentions);
            clock.lap("match");
            writer.removeAll();
            clock.lap("remove");
        } else {
            Set<String> governorates = store.governorates(articles, former);
            mentions = store.mentions(governorates, articles);
            clock.lap("read mentions");
            var clusters = new IncidentMatcher(normalizer::key).match(mentions);
            clock.lap("match");
            Set<String> before = store.incidents(governorates, former);
            write = changed(clusters, before, former, articles, store.linked());
            var kept = new HashSet<String>();
            clusters.forEach(k -> kept.add(k.id()));
            write.forEach(k -> kept.remove(k.id()));
            before.removeAll(kept); // what is left was removed, or is written again
            writer.remove(before);
            removed = before;
            clock.lap("remove");
        }
        var figures = store.figures(all ? null : articlesOf(write));
        clock.lap("read figures");
        var rule = new CasualtyRule(store.actorParents());
        Map<String, String> names = store.actorNames();
        var derived = new ArrayList<IncidentWriter.Derived>(write.size());
        write.forEach(k -> derived.add(IncidentWriter.derive(k, figures, names, rule)));
        clock.lap("casualties");
        writer.insert(derived, clock);
        writer.unlinkOrphans(removed);
        clock.lap("unlink orphans");
        if (write.size() >= ANALYZE_AFTER) {
            writer.analyze();
            clock.lap("analyze");
        }
        Log.infof("Incidents re-derived%s: %d written from %d mentions in %d ms (%s)", all ? " (all)" : "",
                write.size(), mentions.size(), clock.total(), clock);
        return write.size();
    }

    /**
     * The clusters that differ from what is stored: new ids, other members, or members from a changed article (their
     * figures may have changed), or an incident that included a changed article before.
     */
    private static List<IncidentMatcher.Cluster> changed(List<IncidentMatcher.Cluster> clusters, Set<String> before,
            Set<String> former, Set<String> articles, Map<String, Set<String>> linked) {
        var out = new ArrayList<IncidentMatcher.Cluster>();
        for (IncidentMatcher.Cluster k : clusters) {
            boolean same = before.contains(k.id()) && !former.contains(k.id())
                    && k.members().stream().noneMatch(m -> articles.contains(m.articleId()))
                    && linked.getOrDefault(k.id(), Set.of()).equals(keys(k));
            if (!same) {
                out.add(k);
            }
        }
        return out;
    }

    private static Set<String> keys(IncidentMatcher.Cluster k) {
        var out = new HashSet<String>();
        k.members().forEach(m -> out.add(m.key()));
        return out;
    }

    private static Set<String> articlesOf(List<IncidentMatcher.Cluster> clusters) {
        var out = new HashSet<String>();
        clusters.forEach(k -> k.members().forEach(m -> out.add(m.articleId())));
        return out;
    }

    private void lockExclusive() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:k)) l").setParameter("k",
                REBUILD_LOCK).getSingleResult();
    }
}
