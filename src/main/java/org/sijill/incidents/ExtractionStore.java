package org.sijill.incidents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.stream.Collectors;
import org.sijill.extract.model.ArticleExtraction;
import org.sijill.extract.model.FigureFact;
import org.sijill.extract.model.IncidentMention;
import org.sijill.extract.model.Mention;
import org.sijill.extract.sources.Source;
import org.sijill.extract.sources.SourceKind;
import org.sijill.extract.sources.SourceLexicon;
import org.sijill.sources.Catalog;

/** Replaces what extraction derived from one article, in the caller's transaction: never half-written. */
@ApplicationScoped
public class ExtractionStore {

    @Inject
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    SourceLexicon sources;

    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(String articleId, ArticleExtraction x, String extractorVersion) {
        ensureSources(x);
        for (String table : new String[] { "figure", "mention", "incident_mention" }) {
            em.createNativeQuery("delete from " + table + " where article_id = :a").setParameter("a", articleId)
                    .executeUpdate();
        }
        em.createNativeQuery("""
                update article set publisher_id = :p, publisher_rule = :pr, extractor_version = :v,
                  published_start = :ps, published_end = :pe, published_precision = :pp, published_basis = :pb
                where id = :a""")
                .setParameter("p", x.publisherId()).setParameter("pr", x.publisherRule())
                .setParameter("v", extractorVersion)
                .setParameter("ps", x.published() == null ? null : x.published().start())
                .setParameter("pe", x.published() == null ? null : x.published().end())
                .setParameter("pp", x.published() == null ? null : x.published().precision())
                .setParameter("pb", x.published() == null ? null : x.published().basis())
                .setParameter("a", articleId).executeUpdate();
        x.incidents().forEach(m -> insertMention(articleId, m));
        x.figures().forEach(f -> insertFigure(articleId, f));
        int ordinal = 0;
        for (Mention m : x.mentions()) {
            em.createNativeQuery("""
                    insert into mention (article_id, ordinal, kind, value, quote, start_offset, end_offset, rule_id)
                    values (:a, :o, :k, :v, :q, :s, :e, :r)""")
                    .setParameter("a", articleId).setParameter("o", ordinal++).setParameter("k", m.kind())
                    .setParameter("v", m.value()).setParameter("q", m.evidence().quote())
                    .setParameter("s", m.evidence().start()).setParameter("e", m.evidence().end())
                    .setParameter("r", m.ruleId()).executeUpdate();
        }
    }

    /** Sources the article introduces itself (a tweet's author) are stored before anything refers to them. */
    private void ensureSources(ArticleExtraction x) {
        for (FigureFact f : x.figures()) {
            var by = f.attributedTo();
            if (by != null && by.sourceId() != null && sources.source(by.sourceId()).isEmpty()) {
                var kind = by.sourceId().startsWith("twitter:") ? SourceKind.SOCIAL_MEDIA : SourceKind.PERSON;
                catalog.ensure(new Source(by.sourceId(), by.name() == null ? by.sourceId() : by.name(), null, kind,
                        null));
            }
        }
    }

    private void insertMention(String articleId, IncidentMention m) {
        var l = m.location();
        String actors = m.actors().stream().map(a -> a.actorId() + ":" + a.role()).collect(Collectors.joining("|"));
        em.createNativeQuery("""
                insert into incident_mention (article_id, ordinal, role, event_type, sub_event_type, date_start,
                  date_end, date_precision, date_basis, admin1, admin1_name, admin1_name_ar, admin2, admin2_name,
                  admin2_name_ar, place_id, place_name, place_name_ar, site, lat,
                  lon, loc_precision, actors, quote, start_offset, end_offset, rule_id)
                values (:a, :o, :role, :et, :st, :ds, :de, :dp, :db, :a1, :a1n, :a1na, :a2, :a2n, :a2na, :pid, :pn, :pna, :site, :lat, :lon,
                  :lp, :actors, :q, :s, :e, :r)""")
                .setParameter("a", articleId).setParameter("o", m.ordinal()).setParameter("role", m.role().name())
                .setParameter("et", m.eventType()).setParameter("st", m.subEventType())
                .setParameter("ds", m.date().start()).setParameter("de", m.date().end())
                .setParameter("dp", m.date().precision()).setParameter("db", m.date().basis())
                .setParameter("a1", l.admin1()).setParameter("a1n", l.admin1Name())
                .setParameter("a1na", l.admin1NameAr()).setParameter("a2", l.admin2()).setParameter("a2n", l.admin2Name())
                .setParameter("a2na", l.admin2NameAr()).setParameter("pid", l.placeId())
                .setParameter("pn", l.placeName()).setParameter("pna", l.placeNameAr()).setParameter("site", l.site())
                .setParameter("lat", l.lat()).setParameter("lon", l.lon()).setParameter("lp", l.precision())
                .setParameter("actors", actors).setParameter("q", m.evidence().quote())
                .setParameter("s", m.evidence().start()).setParameter("e", m.evidence().end())
                .setParameter("r", m.ruleId()).executeUpdate();
    }

    private void insertFigure(String articleId, FigureFact f) {
        var row = new FigureRow();
        row.id = FigureRow.idOf(articleId, f.ordinal());
        row.articleId = articleId;
        row.ordinal = f.ordinal();
        row.mentionOrdinal = f.mention();
        row.scope = f.scope().name();
        row.actorId = f.actorId();
        row.outcome = f.outcome().name();
        row.value = f.count().value();
        row.low = f.count().low();
        row.high = f.count().high();
        row.qualifier = f.count().qualifier();
        row.partOf = f.partOf() == null ? null : FigureRow.idOf(articleId, f.partOf());
        row.sourceId = f.attributedTo() == null ? null : f.attributedTo().sourceId();
        row.sourceName = f.attributedTo() == null ? null : f.attributedTo().name();
        row.periodStart = f.periodStart();
        row.periodEnd = f.periodEnd();
        row.quote = f.evidence().quote();
        row.startOffset = f.evidence().start();
        row.endOffset = f.evidence().end();
        row.ruleId = f.ruleId();
        em.persist(row);
    }
}
