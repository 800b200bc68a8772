package org.sijill.incidents;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijill.extract.model.ActorRole;
import org.sijill.extract.model.DateSpan;
import org.sijill.extract.model.Evidence;
import org.sijill.extract.model.FigureFact;
import org.sijill.extract.model.IncidentMention;
import org.sijill.extract.model.Location;
import org.sijill.extract.model.Outcome;
import org.sijill.extract.model.Quantity;
import org.sijill.extract.model.Scope;
import org.sijill.text.ArabicNormalizer;

/**
 * Re-derives every incident from the stored incident mentions and figures, in one transaction under a global
 * advisory lock: incidents are a pure function of the articles, so rebuilding them whole can never leave them
 * inconsistent, and their ids are stable (see {@link IncidentMatcher}).
 */
@ApplicationScoped
public class IncidentService {

    private static final long REBUILD_LOCK = 7_411_002L;

    @Inject
    EntityManager em;

    @Inject
    ArabicNormalizer normalizer;


    @Transactional(Transactional.TxType.REQUIRED)
    public int rebuild() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:k)) l").setParameter("k",
                REBUILD_LOCK).getSingleResult();
        List<MentionRef> mentions = loadMentions();
        List<IncidentMatcher.Cluster> clusters = new IncidentMatcher(normalizer::key).match(mentions);
        Map<String, List<CasualtyRule.Input>> figuresByMention = loadFigures();
        Map<String, String> actorNames = actorNames();
        var casualtyRule = new CasualtyRule(actorParents());

        em.createNativeQuery("update figure set incident_id = null where incident_id is not null").executeUpdate();
        em.createNativeQuery("update incident_mention set incident_id = null").executeUpdate();
        em.createNativeQuery("delete from incident").executeUpdate();
        for (IncidentMatcher.Cluster c : clusters) {
            Incident incident = IncidentBuilder.build(c, actorNames);
            var figures = new ArrayList<CasualtyRule.Input>();
            c.members().forEach(m -> figures.addAll(figuresByMention.getOrDefault(m.key(), List.of())));
            List<CasualtyRule.Row> rows = casualtyRule.casualties(figures);
            List<CasualtyRule.Total> totals = casualtyRule.totals(rows);
            incident.killedBest = totals.stream().filter(t -> t.outcome() == Outcome.KILLED)
                    .mapToInt(CasualtyRule.Total::best).sum();
            em.persist(incident);
            em.flush();
            writeLinks(c, rows);
            for (CasualtyRule.Total t : totals) {
                em.createNativeQuery("""
                        insert into incident_total (incident_id, outcome, low, best, high) values (:i, :o, :l, :b, :h)""")
                        .setParameter("i", c.id()).setParameter("o", t.outcome().name()).setParameter("l", t.low())
                        .setParameter("b", t.best()).setParameter("h", t.high()).executeUpdate();
            }
        }
        Log.infof("Incidents re-derived: %d from %d mentions", clusters.size(), mentions.size());
        return clusters.size();
    }

    private void writeLinks(IncidentMatcher.Cluster c, List<CasualtyRule.Row> rows) {
        for (CasualtyRule.Row r : rows) {
            em.createNativeQuery("""
                    insert into incident_casualty (incident_id, actor_id, outcome, low, best, high, figure_count,
                      part_of_actor_id) values (:i, :a, :o, :l, :b, :h, :n, :p)""")
                    .setParameter("i", c.id()).setParameter("a", r.actorId()).setParameter("o", r.outcome().name())
                    .setParameter("l", r.low()).setParameter("b", r.best()).setParameter("h", r.high())
                    .setParameter("n", r.figureCount()).setParameter("p", r.partOfActorId()).executeUpdate();
        }
        for (ActorRole a : IncidentBuilder.actors(c)) {
            em.createNativeQuery("""
                    insert into incident_actor (incident_id, actor_id, role) values (:i, :a, :r)
                    on conflict do nothing""")
                    .setParameter("i", c.id()).setParameter("a", a.actorId()).setParameter("r", a.role().name())
                    .executeUpdate();
        }
        var roleByArticle = new HashMap<String, String>();
        for (MentionRef m : c.members()) {
            roleByArticle.merge(m.articleId(), m.mention().role().name(), (x, y) -> x.equals("REPORTS") ? x : y);
            em.createNativeQuery("""
                    update incident_mention set incident_id = :i where article_id = :a and ordinal = :o""")
                    .setParameter("i", c.id()).setParameter("a", m.articleId()).setParameter("o", m.mention().ordinal())
                    .executeUpdate();
            em.createNativeQuery("""
                    update figure set incident_id = :i where article_id = :a and mention_ordinal = :o
                      and scope = 'INCIDENT'""")
                    .setParameter("i", c.id()).setParameter("a", m.articleId()).setParameter("o", m.mention().ordinal())
                    .executeUpdate();
        }
        roleByArticle.forEach((article, role) -> em.createNativeQuery("""
                insert into incident_article (incident_id, article_id, role) values (:i, :a, :r)""")
                .setParameter("i", c.id()).setParameter("a", article).setParameter("r", role).executeUpdate());
    }

    @SuppressWarnings("unchecked")
    private List<MentionRef> loadMentions() {
        List<Object[]> rows = em.createNativeQuery("""
                select m.article_id, a.ingested_at, m.ordinal, m.role, m.event_type, m.sub_event_type, m.date_start,
                  m.date_end, m.date_precision, m.date_basis, m.admin1, m.admin1_name, m.admin1_name_ar, m.admin2,
                  m.admin2_name, m.admin2_name_ar, m.place_id, m.place_name, m.place_name_ar, m.site, m.lat, m.lon,
                  m.loc_precision, m.actors, m.quote, m.start_offset, m.end_offset, m.rule_id
                from incident_mention m join article a on a.id = m.article_id
                order by m.article_id, m.ordinal""").getResultList();
        var out = new ArrayList<MentionRef>(rows.size());
        for (Object[] r : rows) {
            var location = new Location("SY", (String) r[10], (String) r[11], (String) r[12], (String) r[13],
                    (String) r[14], (String) r[15], (String) r[16], (String) r[17], (String) r[18], (String) r[19],
                    (Double) r[20], (Double) r[21], (String) r[22]);
            var mention = new IncidentMention((Integer) r[2], IncidentMention.Role.valueOf((String) r[3]),
                    (String) r[4], (String) r[5],
                    new DateSpan(date(r[6]), date(r[7]), (String) r[8], (String) r[9]), location, actors((String) r[23]),
                    new Evidence((String) r[24], (Integer) r[25], (Integer) r[26]), (String) r[27]);
            out.add(new MentionRef((String) r[0], instant(r[1]), mention));
        }
        return out;
    }

    /** Figures keyed by "articleId#mentionOrdinal", each with the kind of the source it is attributed to. */
    @SuppressWarnings("unchecked")
    private Map<String, List<CasualtyRule.Input>> loadFigures() {
        List<Object[]> rows = em.createNativeQuery("""
                select f.article_id, f.ordinal, f.mention_ordinal, f.actor_id, f.outcome, f.value, f.low, f.high,
                  f.qualifier, f.part_of, coalesce(s.kind, p.kind)
                from figure f join article a on a.id = f.article_id
                  left join source s on s.id = f.source_id left join source p on p.id = a.publisher_id
                where f.scope = 'INCIDENT' and f.mention_ordinal is not null""").getResultList();
        var out = new HashMap<String, List<CasualtyRule.Input>>();
        for (Object[] r : rows) {
            String article = (String) r[0];
            Integer partOf = r[9] == null ? null : Integer.valueOf(((String) r[9]).substring(((String) r[9])
                    .lastIndexOf(".f") + 2));
            var fact = new FigureFact((Integer) r[1], Scope.INCIDENT, (String) r[3], Outcome.valueOf((String) r[4]),
                    new Quantity((Integer) r[5], (Integer) r[6], (Integer) r[7], (String) r[8]), partOf, null, null,
                    null, null, null, (Integer) r[2]);
            out.computeIfAbsent(article + "#" + r[2], k -> new ArrayList<>())
                    .add(new CasualtyRule.Input(article, fact, (String) r[10]));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> actorNames() {
        var out = new HashMap<String, String>();
        List<Object[]> rows = em.createNativeQuery("select id, name from actor").getResultList();
        rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> actorParents() {
        var out = new HashMap<String, String>();
        List<Object[]> rows = em.createNativeQuery("select id, parent_id from actor where parent_id is not null")
                .getResultList();
        rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    private static List<ActorRole> actors(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split("\\|")).map(s -> s.split(":"))
                .map(p -> new ActorRole(p[0], ActorRole.Role.valueOf(p[1]))).toList();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static java.time.Instant instant(Object o) {
        return o == null ? null : o instanceof Timestamp t ? t.toInstant() : o instanceof java.time.Instant i ? i
                : ((java.time.OffsetDateTime) o).toInstant();
    }
}
