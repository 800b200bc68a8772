package org.sijill.ingest;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.sijill.articles.Article;
import org.sijill.ingest.IngestReport.Outcome;
import org.sijill.extract.Extractor;
import org.sijill.incidents.ExtractionStore;
import org.sijill.incidents.IncidentService;
import org.sijill.text.ArabicNormalizer;

/**
 * Stores articles: each in its own transaction, serialised per article id by a PostgreSQL advisory lock, so several
 * replicas (or threads) loading the same files at once store each article exactly once.
 */
@ApplicationScoped
public class IngestService {

    @Inject
    EntityManager em;

    @Inject
    ArabicNormalizer normalizer;

    @Inject
    Clock clock;

    @Inject
    Extractor extractor;

    @Inject
    ExtractionStore extractions;

    @Inject
    IncidentService incidents;

    /** Loads every {@code *.txt} of the folder; problems with one file are reported and never stop the others. */
    public IngestReport ingestFolder(Path folder, int maxBytes) {
        var report = new IngestReport();
        if (!Files.isDirectory(folder)) {
            Log.warnf("Seeds folder %s does not exist: nothing to load", folder.toAbsolutePath());
            return report;
        }
        try {
            for (SeedReader.Read read : new SeedReader(maxBytes).readFolder(folder)) {
                if (!read.ok()) {
                    Log.warnf("Skipped %s: %s", read.file().getFileName(), read.skipReason());
                    report.skip(read.file().getFileName().toString(), read.skipReason());
                    continue;
                }
                try {
                    Outcome outcome = store(read.article());
                    report.count(outcome);
                    Log.infof("Article %s %s", read.article().id(), outcome.name().toLowerCase());
                } catch (RuntimeException e) {
                    Log.errorf(e, "Could not store %s; it was rolled back", read.file().getFileName());
                    report.skip(read.file().getFileName().toString(), "could not be stored: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            Log.errorf(e, "Could not list the seeds folder %s", folder);
            report.skip(folder.toString(), "folder unreadable: " + e.getMessage());
        }
        return report;
    }

    /** Inserts a new article, updates one whose text changed, and leaves an identical one untouched. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome store(ArticleInput input) {
        return storeInTransaction(input);
    }

    /** {@link #store} inside the caller's transaction, so a caller can re-derive incidents before it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome storeInTransaction(ArticleInput input) {
        lockArticle(input.id());
        Article article = em.find(Article.class, input.id());
        if (article != null && article.sha256.equals(input.sha256())) {
            if (!extractor.version().equals(article.extractorVersion)) {
                extract(article);
                return Outcome.REEXTRACTED;
            }
            return Outcome.UNCHANGED;
        }
        Instant now = clock.instant();
        boolean isNew = article == null;
        if (isNew) {
            article = new Article();
            article.id = input.id();
            article.ingestedAt = now;
        }
        article.body = input.text();
        article.sha256 = input.sha256();
        article.title = input.title() != null ? input.title() : ArticleTexts.title(input.text(), normalizer);
        article.searchText = normalizer.key(input.text());
        article.characters = input.text().codePointCount(0, input.text().length());
        article.language = ArticleTexts.language(input.text());
        article.url = input.url();
        article.origin = input.origin().name();
        article.publishedSupplied = input.publishedDate();
        article.publisherSupplied = input.publisher();
        article.updatedAt = now;
        if (isNew) {
            em.persist(article);
        }
        em.flush();
        extract(article);
        return isNew ? Outcome.INSERTED : Outcome.UPDATED;
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
                    lockArticle(id);
                    Article a = em.find(Article.class, id);
                    if (a != null && !extractor.version().equals(a.extractorVersion)) {
                        extract(a);
                    }
                });
                done++;
            } catch (RuntimeException e) {
                Log.errorf(e, "Re-extraction of %s failed; it keeps its previous extraction", id);
            }
        }
        return done;
    }

    /** Re-derives incidents after a batch; one call per batch, not per article. */
    public void rebuildIncidents() {
        incidents.rebuild();
    }

    private void extract(Article article) {
        var extraction = extractor.extract(article.body, Optional.ofNullable(article.publishedSupplied));
        extractions.replace(article.id, extraction, extractor.version());
        if (article.publisherSupplied != null) { // who posted the article knows its publisher better than the rules
            em.createNativeQuery("update article set publisher_id = publisher_supplied, publisher_rule = 'supplied' "
                    + "where id = :a").setParameter("a", article.id).executeUpdate();
        }
    }

    /** Serialises every write of one article id, across threads and replicas, until the transaction ends. */
    void lockArticle(String id) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:id, 7411))) l")
                .setParameter("id", id).getSingleResult();
    }
}
