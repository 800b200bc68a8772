package org.sijill.sources;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijill.extract.Tsv;
import org.sijill.extract.actors.Actor;
import org.sijill.extract.actors.ActorLexicon;
import org.sijill.extract.sources.Source;
import org.sijill.extract.sources.SourceLexicon;

/**
 * Keeps the actor and source tables equal to the lexicons: written at startup (upsert, under an advisory lock so
 * replicas starting together agree), plus sources an article introduces itself (a tweet's author).
 */
@ApplicationScoped
public class Catalog {

    private static final long LOCK = 7_411_003L;

    @Inject
    EntityManager em;

    @Inject
    ActorLexicon actors;

    @Inject
    SourceLexicon sources;

    @Transactional
    public void sync() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:k)) l").setParameter("k", LOCK)
                .getSingleResult();
        Map<String, List<String>> aliases = actorAliases();
        int changed = 0;
        for (Actor a : actors.actors()) {
            changed += em.createNativeQuery("""
                    insert into actor (id, name, name_ar, kind, parent_id, aliases) values (:id, :n, :na, :k, :p, :al)
                    on conflict (id) do update set name = excluded.name, name_ar = excluded.name_ar,
                      kind = excluded.kind, parent_id = excluded.parent_id, aliases = excluded.aliases
                    where (actor.name, actor.name_ar, actor.kind, actor.parent_id, actor.aliases)
                      is distinct from (excluded.name, excluded.name_ar, excluded.kind, excluded.parent_id,
                      excluded.aliases)""")
                    .setParameter("id", a.id()).setParameter("n", a.nameEn()).setParameter("na", a.nameAr())
                    .setParameter("k", a.kind().name()).setParameter("p", a.parentId())
                    .setParameter("al", String.join("|", aliases.getOrDefault(a.id(), List.of()))).executeUpdate();
        }
        for (Source s : sources.sources()) {
            changed += upsert(s);
        }
        if (changed > 0) { // incident titles name actors, and casualty figures weigh sources by kind
            em.createNativeQuery("insert into incident_backlog (what, id) values ('all', '*') on conflict do nothing")
                    .executeUpdate();
        }
        Log.infof("Catalog: %d actors, %d sources (%d rows changed)", actors.actors().size(), sources.sources().size(),
                changed);
    }

    /** A source met in a text and not in the lexicon (e.g. {@code twitter:sebusher}); stored once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensure(Source s) {
        em.createNativeQuery("""
                insert into source (id, name, name_ar, kind, affiliation) values (:id, :n, :na, :k, :a)
                on conflict (id) do nothing""")
                .setParameter("id", s.id()).setParameter("n", s.nameEn()).setParameter("na", blankToNull(s.nameAr()))
                .setParameter("k", s.kind().name()).setParameter("a", s.affiliation()).executeUpdate();
    }

    private int upsert(Source s) {
        return em.createNativeQuery("""
                insert into source (id, name, name_ar, kind, affiliation) values (:id, :n, :na, :k, :a)
                on conflict (id) do update set name = excluded.name, name_ar = excluded.name_ar, kind = excluded.kind,
                  affiliation = excluded.affiliation
                where (source.name, source.name_ar, source.kind, source.affiliation)
                  is distinct from (excluded.name, excluded.name_ar, excluded.kind, excluded.affiliation)""")
                .setParameter("id", s.id()).setParameter("n", s.nameEn()).setParameter("na", blankToNull(s.nameAr()))
                .setParameter("k", s.kind().name()).setParameter("a", s.affiliation()).executeUpdate();
    }

    /** Aliases as the lexicon writes them (not key forms), for the API. */
    private static Map<String, List<String>> actorAliases() {
        var out = new LinkedHashMap<String, List<String>>();
        for (String[] r : Tsv.read("lexicon/ar/actor-aliases.tsv", 2)) {
            out.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[0]);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
