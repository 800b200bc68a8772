package org.sijill.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.articles.Sql;
import org.sijill.bench.CorpusGenerator;
import org.sijill.ingest.ArticleWriter;
import org.sijill.ingest.IngestService;
import org.sijill.testing.EmbeddedPostgresResource;
import org.sijill.text.ArabicNormalizer;

/**
 * Incidents re-derived only where articles changed (a folder load, posts, deletes, a changed text) are exactly what
 * deriving everything from scratch gives: the same ids, fields, casualties, totals, actors, article links, and the
 * same incident on every mention and figure, the same statistic cells; and deriving everything in small slices gives
 * that too.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class IncrementalDerivationTest {

    @Inject
    IngestService ingest;

    @Inject
    ArticleWriter writer;

    @Inject
    IncidentService incidents;

    @Inject
    EntityManager em;

    @Inject
    ArabicNormalizer normalizer;

    @TempDir
    Path corpus;

    @Test
    void changesDeriveTheSameIncidentsAsAFullRebuild() throws Exception {
        CorpusGenerator.main(new String[] { corpus.toString(), "240", "11" });
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.sorted().toList();
        }
        Path folder = Files.createDirectory(corpus.resolve("first"));
        for (Path f : files.subList(0, 150)) {
            Files.move(f, folder.resolve(f.getFileName()));
        }
        var posted = new ArrayList<String>();
        try {
            ingest.ingestFolder(folder, 1 << 20);
            ingest.rebuildIncidents();
            assertSameAsFullRebuild("after a folder load");
            assertTrue(count("select count(*) from incident_mention where admin1 is null") > 4,
                    "mentions with no governorate, to derive in several chunks");
            assertTrue(count("select count(distinct admin1) from incident_mention") > 4, "several governorates");

            var postedTexts = new HashMap<String, Path>();
            for (Path f : files.subList(150, 240)) { // posted one at a time: each re-derives what it touches
                posted.add(writer.post(ArticleWriter.input(Files.readString(f), null, null, null, null)).id());
                postedTexts.put(posted.get(posted.size() - 1), f);
            }
            assertSameAsFullRebuild("after posts");
            long shared = count("select count(*) from (select incident_id from incident_article "
                    + "group by incident_id having count(*) > 1) x");
            assertTrue(shared >= 10, "the corpus should have incidents told by several articles: " + shared);

            for (String id : articlesOfSharedIncidents(12)) { // often an incident's anchor: its id moves
                assertTrue(writer.delete(id));
                posted.remove(id);
            }
            assertSameAsFullRebuild("after deletes");

            Path changed = folder.resolve(files.get(3).getFileName());
            Files.writeString(changed, Files.readString(files.get(200)) + "\nتحديث");
            ingest.ingestFolder(folder, 1 << 20);
            ingest.rebuildIncidents();
            assertSameAsFullRebuild("after a changed text");

            for (String order : new String[] { "<", ">" }) { // the new governorate's turn comes first, then last
                String[] moved = anchorAndTextElsewhere(order, folder, posted);
                Files.writeString(folder.resolve(moved[0] + ".txt"),
                        Files.readString(postedTexts.get(moved[1])) + "\nتحديث");
                ingest.ingestFolder(folder, 1 << 20);
                ingest.rebuildIncidents();
                assertEquals(moved[3], text("select admin1 from incident where id = '" + moved[2] + "'"),
                        "the incident id moved with its anchor");
                assertSameAsFullRebuild("after an anchor moved to a governorate " + order + " its own");
            }
        } finally {
            for (String id : posted) {
                writer.delete(id);
            }
            try (Stream<Path> list = Files.list(folder)) {
                list.forEach(f -> writer.delete(f.getFileName().toString().replace(".txt", "")));
            }
        }
        assertSameAsFullRebuild("after removing everything again");
        assertEquals(0, count("select count(*) from article where id like 'gen%' or id like 'a-%'"));
    }

    private void assertSameAsFullRebuild(String when) {
        List<String> incremental = snapshot();
        incidents.rebuild();
        assertEquals(incremental, snapshot(), when);
        QuarkusTransaction.requiringNew().run(() -> { // slices of 3 clusters, chunks of 2 mentions with no place
            incidents.lockForWriteAndDerive();
            Sql.on(em, c -> {
                new IncidentDerivation(c, normalizer::key, 3, 2).all();
                return null;
            });
        });
        assertEquals(incremental, snapshot(), when + ", derived in small slices");
    }

    /**
     * A folder article whose mention anchors an incident of several articles in one governorate, and a posted article
     * whose mention of the same ordinal is an incident of its own in a governorate ordered {@code order} that one: once
     * the first article has the second's text, the incident's id (its anchor's) is that of a cluster in the other
     * governorate. Returns both article ids, the incident id and the other governorate.
     */
    private String[] anchorAndTextElsewhere(String order, Path folder, List<String> posted) throws IOException {
        List<String> inFolder;
        try (Stream<Path> list = Files.list(folder)) {
            inFolder = list.map(f -> f.getFileName().toString().replace(".txt", "")).toList();
        }
        return QuarkusTransaction.requiringNew().call(() -> Sql.on(em, c -> {
            try (var s = c.prepareStatement("""
                    select a.article_id, b.article_id, i.id, b.admin1 from incident i
                      join incident_mention a on a.incident_id = i.id
                      join incident_mention b on b.ordinal = a.ordinal and b.admin1 ORDER a.admin1
                    where i.id = 'inc-' || left(encode(sha256(convert_to(a.article_id || '#' || a.ordinal, 'UTF8')),
                        'hex'), 12)
                      and exists (select 1 from incident_mention o where o.incident_id = i.id
                        and o.article_id <> a.article_id)
                      and not exists (select 1 from incident_mention o where o.incident_id = b.incident_id
                        and o.article_id <> b.article_id)
                      and a.article_id = any(?) and b.article_id = any(?)
                    order by a.ordinal, 1, 2 limit 1""".replace("ORDER", order))) {
                s.setArray(1, Sql.texts(c, inFolder));
                s.setArray(2, Sql.texts(c, posted));
                try (var r = s.executeQuery()) {
                    assertTrue(r.next(), "an anchor whose text can move it " + order);
                    return new String[] { r.getString(1), r.getString(2), r.getString(3), r.getString(4) };
                }
            }
        }));
    }

    private String text(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(sql).getSingleResult()));
    }

    @SuppressWarnings("unchecked")
    private List<String> articlesOfSharedIncidents(int n) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select distinct first from (select min(x.article_id) first from incident_article x
                  where x.article_id like 'a-%' or x.article_id like 'gen%'
                  group by x.incident_id having count(*) > 1) f order by 1""").setMaxResults(n).getResultList());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** Everything derived about incidents, one line per row, in a fixed order. */
    @SuppressWarnings("unchecked")
    private List<String> snapshot() {
        String[] queries = {
                "select i::text from incident i order by id",
                "select c::text from incident_casualty c order by incident_id, actor_id, outcome",
                "select t::text from incident_total t order by incident_id, outcome",
                "select s::text from statistic_total s order by id, outcome",
                "select s::text from statistic_actor s order by id, actor_id, outcome",
                "select s::text from statistic_source s order by id, source_id",
                "select s::text from statistic_source_total s order by id, outcome, source_id",
                "select a::text from incident_actor a order by incident_id, actor_id, role",
                "select a::text from incident_article a order by incident_id, article_id",
                "select concat_ws(' ', article_id, ordinal, incident_id) from incident_mention order by 1",
                "select concat_ws(' ', id, incident_id) from figure order by id" };
        return QuarkusTransaction.requiringNew().call(() -> {
            var out = new ArrayList<String>();
            for (String q : queries) {
                out.add("-- " + q);
                out.addAll(em.createNativeQuery(q).getResultList());
            }
            return out;
        });
    }
}
