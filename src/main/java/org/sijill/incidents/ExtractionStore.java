package org.sijill.incidents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.sijill.articles.Sql;
import org.sijill.articles.Sql.Null;
import org.sijill.extract.model.ArticleExtraction;
import org.sijill.extract.model.FigureFact;
import org.sijill.extract.model.IncidentMention;
import org.sijill.extract.model.Mention;
import org.sijill.extract.sources.Source;
import org.sijill.extract.sources.SourceKind;
import org.sijill.extract.sources.SourceLexicon;
import org.sijill.sources.Catalog;

/**
 * Replaces what extraction derived from articles, in the caller's transaction: never half-written. Many articles
 * are written with one batch per table, so a bulk load costs a few round trips per batch, not one per row.
 */
@ApplicationScoped
public class ExtractionStore {

    /**
     * One article's new extraction, made by the given version of the rules.
     *
     * @param inserted the article row was inserted in this transaction with the extraction's own columns (publisher,
     *        publication date, version) already set, and has nothing extracted to replace
     */
    public record Item(String articleId, ArticleExtraction extraction, String extractorVersion, boolean inserted) {
        public Item(String articleId, ArticleExtraction extraction, String extractorVersion) {
            this(articleId, extraction, extractorVersion, false);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    SourceLexicon sources;

    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(String articleId, ArticleExtraction x, String extractorVersion) {
        replace(List.of(new Item(articleId, x, extractorVersion)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(List<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        items.forEach(i -> ensureSources(i.extraction()));
        em.flush(); // entities written earlier in this transaction go first
        Sql.on(em, c -> {
            write(c, items);
            return null;
        });
    }

    private static void write(Connection c, List<Item> items) throws SQLException {
        var replaced = items.stream().filter(i -> !i.inserted()).toList();
        if (!replaced.isEmpty()) {
            replaceArticleColumns(c, replaced);
        }
        insertMentions(c, items);
        insertFigures(c, items);
        insertRecognised(c, items);
    }

    /** Removes what the articles had extracted before and sets the article's own extracted columns. */
    private static void replaceArticleColumns(Connection c, List<Item> items) throws SQLException {
        var ids = Sql.texts(c, items.stream().map(Item::articleId).toList());
        for (String table : new String[] { "figure", "mention", "incident_mention" }) {
            try (var s = c.prepareStatement("delete from " + table + " where article_id = any(?)")) {
                s.setArray(1, ids);
                s.executeUpdate();
            }
        }
        try (var s = c.prepareStatement("""
                update article set publisher_id = ?, publisher_rule = ?, extractor_version = ?,
                  published_start = ?, published_end = ?, published_precision = ?, published_basis = ?
                where id = ?""")) {
            for (Item i : items) {
                var x = i.extraction();
                var p = x.published();
                Sql.bind(s, x.publisherId(), x.publisherRule(), i.extractorVersion(),
                        p == null ? Null.DATE : Sql.orNull(p.start(), Null.DATE),
                        p == null ? Null.DATE : Sql.orNull(p.end(), Null.DATE), p == null ? null : p.precision(),
                        p == null ? null : p.basis(), i.articleId());
                s.addBatch();
            }
            s.executeBatch();
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

    private static void insertMentions(Connection c, List<Item> items) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into incident_mention (article_id, ordinal, role, event_type, sub_event_type, date_start,
                  date_end, date_precision, date_basis, admin1, admin1_name, admin1_name_ar, admin2, admin2_name,
                  admin2_name_ar, place_id, place_name, place_name_ar, site, lat,
                  lon, loc_precision, actors, quote, start_offset, end_offset, rule_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Item i : items) {
                for (IncidentMention m : i.extraction().incidents()) {
                    var l = m.location();
                    String actors = m.actors().stream().map(a -> a.actorId() + ":" + a.role())
                            .collect(Collectors.joining("|"));
                    Sql.bind(s, i.articleId(), m.ordinal(), m.role().name(), m.eventType(), m.subEventType(),
                            Sql.orNull(m.date().start(), Null.DATE), Sql.orNull(m.date().end(), Null.DATE),
                            m.date().precision(), m.date().basis(), l.admin1(), l.admin1Name(), l.admin1NameAr(),
                            l.admin2(), l.admin2Name(), l.admin2NameAr(), l.placeId(), l.placeName(),
                            l.placeNameAr(), l.site(), Sql.orNull(l.lat(), Null.DOUBLE),
                            Sql.orNull(l.lon(), Null.DOUBLE), l.precision(), actors, m.evidence().quote(),
                            m.evidence().start(), m.evidence().end(), m.ruleId());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void insertFigures(Connection c, List<Item> items) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into figure (id, article_id, ordinal, mention_ordinal, scope, actor_id, outcome, value, low,
                  high, qualifier, part_of, source_id, source_name, period_start, period_end, quote, start_offset,
                  end_offset, rule_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Item i : items) {
                String a = i.articleId();
                for (FigureFact f : i.extraction().figures()) {
                    var by = f.attributedTo();
                    Sql.bind(s, FigureRow.idOf(a, f.ordinal()), a, f.ordinal(), Sql.orNull(f.mention(), Null.INTEGER),
                            f.scope().name(), f.actorId(), f.outcome().name(),
                            Sql.orNull(f.count().value(), Null.INTEGER), f.count().low(),
                            Sql.orNull(f.count().high(), Null.INTEGER), f.count().qualifier(),
                            f.partOf() == null ? null : FigureRow.idOf(a, f.partOf()),
                            by == null ? null : by.sourceId(), by == null ? null : by.name(),
                            Sql.orNull(f.periodStart(), Null.DATE), Sql.orNull(f.periodEnd(), Null.DATE),
                            f.evidence().quote(), f.evidence().start(), f.evidence().end(), f.ruleId());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void insertRecognised(Connection c, List<Item> items) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into mention (article_id, ordinal, kind, value, quote, start_offset, end_offset, rule_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Item i : items) {
                int ordinal = 0;
                for (Mention m : i.extraction().mentions()) {
                    Sql.bind(s, i.articleId(), ordinal++, m.kind(), m.value(), m.evidence().quote(),
                            m.evidence().start(), m.evidence().end(), m.ruleId());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }
}
