package org.sijill.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijill.articles.Sql;
import org.sijill.extract.Extractor;
import org.sijill.incidents.ExtractionStore;
import org.sijill.incidents.IncidentService;
import org.sijill.ingest.IngestReport.Outcome;

/**
 * Writes prepared articles with their extraction in the caller's transaction, one batch per table for all of them:
 * inserts new ones, updates changed ones, re-extracts ones read by older rules, leaves identical ones untouched.
 * Every article id is locked first (PostgreSQL advisory locks, in id order), so loaders racing over the same files
 * store each article once; the incidents they affect are recorded for {@link IncidentService#catchUp}.
 */
@ApplicationScoped
class ArticleStore {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Extractor extractor;

    @Inject
    ExtractionStore extractions;

    @Inject
    IncidentService incidents;

    /** What is stored under an id now. */
    private record Stored(String sha256, String extractorVersion, LocalDate publishedSupplied) {
    }

    /** @return each article's outcome, in the order given */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Outcome> write(List<PreparedArticle> articles) {
        incidents.lockForWrite();
        var ids = articles.stream().map(a -> a.input().id()).toList();
        Map<String, Stored> stored = Sql.on(em, c -> lockAndRead(c, ids));
        var outcomes = new ArrayList<Outcome>(articles.size());
        var inserted = new ArrayList<ExtractionStore.Item>();
        var updated = new ArrayList<PreparedArticle>();
        var items = new ArrayList<ExtractionStore.Item>();
        var byId = new HashMap<String, PreparedArticle>();
        for (PreparedArticle a : articles) {
            String id = a.input().id();
            byId.put(id, a);
            Stored s = stored.get(id);
            Outcome outcome;
            if (s != null && s.sha256().equals(a.input().sha256())) {
                outcome = extractor.version().equals(s.extractorVersion()) ? Outcome.UNCHANGED : Outcome.REEXTRACTED;
            } else {
                outcome = s == null ? Outcome.INSERTED : Outcome.UPDATED;
            }
            if (outcome != Outcome.UNCHANGED) {
                LocalDate published = outcome == Outcome.REEXTRACTED ? s.publishedSupplied() : a.input().publishedDate();
                var item = new ExtractionStore.Item(id, a.extraction(published, extractor), extractor.version(),
                        outcome == Outcome.INSERTED);
                items.add(item);
                if (outcome == Outcome.INSERTED) {
                    inserted.add(item);
                } else if (outcome == Outcome.UPDATED) {
                    updated.add(a);
                }
            }
            outcomes.add(outcome);
        }
        Instant now = clock.instant();
        Sql.on(em, c -> {
            insert(c, inserted, byId, now);
            update(c, updated, now);
            return null;
        });
        incidents.recordChanges(items.stream().map(ExtractionStore.Item::articleId).toList());
        extractions.replace(items);
        supplyPublishers(items.stream().filter(i -> !i.inserted()).toList());
        return outcomes;
    }

    private static Map<String, Stored> lockAndRead(Connection c, List<String> ids) throws SQLException {
        var array = Sql.texts(c, ids);
        try (var s = c.prepareStatement("""
                select count(pg_advisory_xact_lock(hashtextextended(x, 7411)))
                from (select distinct unnest(?::text[]) x order by 1) ids""")) {
            s.setArray(1, array);
            s.executeQuery().close();
        }
        var out = new HashMap<String, Stored>();
        try (var s = c.prepareStatement("""
                select id, sha256, extractor_version, published_supplied from article where id = any(?)""")) {
            s.setArray(1, array);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    var published = r.getDate(4);
                    out.put(r.getString(1), new Stored(r.getString(2), r.getString(3),
                            published == null ? null : published.toLocalDate()));
                }
            }
        }
        return out;
    }

    /** New articles, with the columns their extraction sets (a supplied publisher wins over the one read). */
    private static void insert(Connection c, List<ExtractionStore.Item> items, Map<String, PreparedArticle> byId,
            Instant now) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (var s = c.prepareStatement("""
                insert into article (title, body, search_text, sha256, characters, language, url, origin,
                  published_supplied, publisher_supplied, updated_at, ingested_at, id, publisher_id, publisher_rule,
                  extractor_version, published_start, published_end, published_precision, published_basis)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (ExtractionStore.Item i : items) {
                PreparedArticle a = byId.get(i.articleId());
                bindArticle(s, a, now);
                s.setObject(12, now.atOffset(java.time.ZoneOffset.UTC)); // ingested_at
                s.setString(13, i.articleId());
                var x = i.extraction();
                String supplied = a.input().publisher();
                s.setString(14, supplied != null ? supplied : x.publisherId());
                s.setString(15, supplied != null ? "supplied" : x.publisherRule());
                s.setString(16, i.extractorVersion());
                var p = x.published();
                setDate(s, 17, p == null ? null : p.start());
                setDate(s, 18, p == null ? null : p.end());
                s.setString(19, p == null ? null : p.precision());
                s.setString(20, p == null ? null : p.basis());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void setDate(java.sql.PreparedStatement s, int n, LocalDate d) throws SQLException {
        if (d == null) {
            s.setNull(n, java.sql.Types.DATE);
        } else {
            s.setDate(n, java.sql.Date.valueOf(d));
        }
    }

    private static void update(Connection c, List<PreparedArticle> articles, Instant now) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        try (var s = c.prepareStatement("""
                update article set title = ?, body = ?, search_text = ?, sha256 = ?, characters = ?, language = ?,
                  url = ?, origin = ?, published_supplied = ?, publisher_supplied = ?, updated_at = ?
                where id = ?""")) {
            for (PreparedArticle a : articles) {
                bindArticle(s, a, now);
                s.setString(12, a.input().id());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Parameters 1 to 11: the columns an insert and an update both set. */
    private static void bindArticle(java.sql.PreparedStatement s, PreparedArticle a, Instant now)
            throws SQLException {
        var in = a.input();
        s.setString(1, a.title());
        s.setString(2, in.text());
        s.setString(3, a.searchText());
        s.setString(4, in.sha256());
        s.setInt(5, a.characters());
        s.setString(6, a.language());
        s.setString(7, in.url());
        s.setString(8, in.origin().name());
        setDate(s, 9, in.publishedDate());
        s.setString(10, in.publisher());
        s.setObject(11, now.atOffset(java.time.ZoneOffset.UTC));
    }

    /** Whoever posted an article with its publisher knows it better than the rules. */
    private void supplyPublishers(List<ExtractionStore.Item> items) {
        if (items.isEmpty()) {
            return;
        }
        Sql.on(em, c -> {
            try (var s = c.prepareStatement("""
                    update article set publisher_id = publisher_supplied, publisher_rule = 'supplied'
                    where id = any(?) and publisher_supplied is not null""")) {
                s.setArray(1, Sql.texts(c, items.stream().map(ExtractionStore.Item::articleId).toList()));
                s.executeUpdate();
            }
            return null;
        });
    }
}
