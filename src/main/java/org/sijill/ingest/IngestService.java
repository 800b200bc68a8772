package org.sijill.ingest;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.sijill.articles.Article;
import org.sijill.extract.Extractor;
import org.sijill.incidents.ExtractionStore;
import org.sijill.incidents.IncidentService;
import org.sijill.ingest.IngestReport.Outcome;
import org.sijill.text.ArabicNormalizer;

/**
 * Stores articles. A folder is loaded in batches: the texts of the next batch are read and extracted on every core
 * while the current batch is written in one transaction ({@link ArticleStore}). A batch is all or nothing, so no
 * article is ever half-written; if a batch fails, its articles are stored one by one and only the bad one is reported.
 */
@ApplicationScoped
public class IngestService {

    /**
     * Articles per write transaction, growing from the first to the largest: small at first so the first articles
     * are visible soon; later large enough for cheap batches and few commits, small enough to lose little to a crash.
     */
    static final int FIRST_BATCH = 16;
    static final int LARGEST_BATCH = 256;

    @Inject
    EntityManager em;

    @Inject
    ArabicNormalizer normalizer;

    @Inject
    Extractor extractor;

    @Inject
    ExtractionStore extractions;

    @Inject
    ArticleStore store;

    @Inject
    IncidentService incidents;

    /** A file as read, and the article prepared from it if it is one. */
    private record Item(SeedReader.Read read, PreparedArticle article) {
    }

    /** Loads every {@code *.txt} of the folder; problems with one file are reported and never stop the others. */
    public IngestReport ingestFolder(Path folder, int maxBytes) {
        var report = new IngestReport();
        if (!Files.isDirectory(folder)) {
            Log.warnf("Seeds folder %s does not exist: nothing to load", folder.toAbsolutePath());
            return report;
        }
        var reader = new SeedReader(maxBytes);
        List<Path> files;
        try {
            files = reader.list(folder);
        } catch (IOException e) {
            Log.errorf(e, "Could not list the seeds folder %s", folder);
            report.skip(folder.toString(), "folder unreadable: " + e.getMessage());
            return report;
        }
        if (files.isEmpty()) {
            return report;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            var t = new Thread(r, "ingest-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            long started = System.nanoTime();
            long logged = started;
            long waiting = 0;
            int done = 0;
            List<List<Path>> batches = batches(files);
            var next = prepare(batches.get(0), reader, pool);
            for (int b = 0; b < batches.size(); b++) {
                long t = System.nanoTime();
                List<Item> batch = next.join();
                waiting += System.nanoTime() - t;
                next = b + 1 < batches.size() ? prepare(batches.get(b + 1), reader, pool) : null;
                write(batch, report);
                done += batch.size();
                if (System.nanoTime() - logged > 10_000_000_000L || next == null) {
                    logged = System.nanoTime();
                    Log.infof("Stored %d of %d files (%.0f/s; %.1f s of %.1f s waiting for extraction)", done,
                            files.size(), done * 1e9 / (logged - started), waiting / 1e9, (logged - started) / 1e9);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return report;
    }

    static List<List<Path>> batches(List<Path> files) {
        var out = new ArrayList<List<Path>>();
        int size = FIRST_BATCH;
        for (int from = 0; from < files.size(); from += size, size = Math.min(2 * size, LARGEST_BATCH)) {
            out.add(files.subList(from, Math.min(from + size, files.size())));
        }
        return out;
    }

    /** Reads and extracts a batch on the pool; articles stored already with the same text and rules are not extracted. */
    private CompletableFuture<List<Item>> prepare(List<Path> files, SeedReader reader, ExecutorService pool) {
        Map<String, String> stored = storedVersions(files);
        var items = new ArrayList<CompletableFuture<Item>>(files.size());
        for (Path file : files) {
            items.add(CompletableFuture.supplyAsync(() -> {
                SeedReader.Read read = reader.read(file);
                if (!read.ok()) {
                    return new Item(read, null);
                }
                ArticleInput in = read.article();
                boolean known = (in.sha256() + " " + extractor.version()).equals(stored.get(in.id()));
                return new Item(read, PreparedArticle.of(in, normalizer, extractor, !known));
            }, pool));
        }
        return CompletableFuture.allOf(items.toArray(CompletableFuture[]::new))
                .thenApply(v -> items.stream().map(CompletableFuture::join).toList());
    }

    /** "sha256 extractorVersion" of the articles stored under these files' names. */
    private Map<String, String> storedVersions(List<Path> files) {
        var ids = files.stream().map(f -> f.getFileName().toString().replaceFirst("\\.txt$", "")).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            var out = new HashMap<String, String>();
            em.createQuery("select a.id, a.sha256, a.extractorVersion from Article a where a.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> out.put((String) r[0], r[1] + " " + r[2]));
            return out;
        });
    }

    private void write(List<Item> batch, IngestReport report) {
        var articles = new ArrayList<Item>();
        for (Item i : batch) {
            if (i.article() == null) {
                Log.warnf("Skipped %s: %s", i.read().file().getFileName(), i.read().skipReason());
                report.skip(i.read().file().getFileName().toString(), i.read().skipReason());
            } else {
                articles.add(i);
            }
        }
        if (articles.isEmpty()) {
            return;
        }
        try {
            List<Outcome> outcomes = QuarkusTransaction.requiringNew()
                    .call(() -> store.write(articles.stream().map(Item::article).toList()));
            for (int n = 0; n < outcomes.size(); n++) {
                report.count(outcomes.get(n));
                Log.debugf("Article %s %s", articles.get(n).article().input().id(), outcomes.get(n));
            }
        } catch (RuntimeException e) {
            if (articles.size() > 1) {
                Log.warnf("A batch of %d articles failed (%s); storing them one by one", articles.size(), e);
                articles.forEach(i -> write(List.of(i), report));
                return;
            }
            Log.errorf(e, "Could not store %s; it was rolled back", articles.get(0).read().file().getFileName());
            report.skip(articles.get(0).read().file().getFileName().toString(), "could not be stored: " + e.getMessage());
        }
    }

    /** Inserts a new article, updates one whose text changed, and leaves an identical one untouched. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome store(ArticleInput input) {
        return storeInTransaction(input);
    }

    /** {@link #store} inside the caller's transaction, so a caller can re-derive incidents before it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome storeInTransaction(ArticleInput input) {
        return store.write(List.of(PreparedArticle.of(input, normalizer, extractor, false))).get(0);
    }

    /** Re-reads every stored article whose extraction was made by another version of the rules and lexicons. */
    public int reextractStale() {
        List<String> stale = em.createQuery("select a.id from Article a where a.extractorVersion is null "
                + "or a.extractorVersion <> :v order by a.id", String.class).setParameter("v", extractor.version())
                .getResultList();
        int done = 0;
        for (String id : stale) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    incidents.lockForWrite();
                    lockArticle(id);
                    Article a = em.find(Article.class, id);
                    if (a != null && !extractor.version().equals(a.extractorVersion)) {
                        incidents.recordChanges(List.of(id));
                        var x = extractor.extract(a.body, Optional.ofNullable(a.publishedSupplied));
                        extractions.replace(id, x, extractor.version());
                        em.createNativeQuery("update article set publisher_id = publisher_supplied, "
                                + "publisher_rule = 'supplied' where id = :a and publisher_supplied is not null")
                                .setParameter("a", id).executeUpdate();
                    }
                });
                done++;
            } catch (RuntimeException e) {
                Log.errorf(e, "Re-extraction of %s failed; it keeps its previous extraction", id);
            }
        }
        return done;
    }

    /** Re-derives the incidents the stored changes affect; one call per batch of changes, not per article. */
    public int rebuildIncidents() {
        return incidents.catchUpAlone();
    }

    /** Serialises every write of one article id, across threads and replicas, until the transaction ends. */
    void lockArticle(String id) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:id, 7411))) l")
                .setParameter("id", id).getSingleResult();
    }
}
