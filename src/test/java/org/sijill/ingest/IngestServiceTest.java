package org.sijill.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.articles.Article;
import org.sijill.ingest.IngestReport.Outcome;
import org.sijill.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class IngestServiceTest {

    @Inject
    IngestService ingest;

    @TempDir
    Path dir;

    @AfterEach
    void removeTestArticles() {
        QuarkusTransaction.requiringNew().run(() -> Article.delete("id like 'ingest-test-%'"));
    }

    @Test
    void sameTextTwiceIsUnchangedAndChangedTextUpdates() {
        var first = ArticleInput.seed("ingest-test-a", "نص أول".getBytes(StandardCharsets.UTF_8), "نص أول");
        assertEquals(Outcome.INSERTED, ingest.store(first));
        assertEquals(Outcome.UNCHANGED, ingest.store(first));
        var changed = ArticleInput.seed("ingest-test-a", "نص ثان".getBytes(StandardCharsets.UTF_8), "نص ثان");
        assertEquals(Outcome.UPDATED, ingest.store(changed));
        Article stored = QuarkusTransaction.requiringNew().call(() -> Article.findById("ingest-test-a"));
        assertEquals("نص ثان", stored.body);
        assertEquals(changed.sha256(), stored.sha256);
    }

    @Test
    void reloadingTheSeedsChangesNothing() {
        var report = ingest.ingestFolder(Path.of("seeds"), 1 << 20);
        assertEquals(0, report.inserted());
        assertEquals(0, report.updated());
        assertEquals(5, report.unchanged());
        assertEquals(5L, QuarkusTransaction.requiringNew().call(() -> Article.count("id not like 'ingest-test-%'")));
    }

    @Test
    void badFilesAreReportedAndTheRestIsStored() throws Exception {
        Files.writeString(dir.resolve("ingest-test-ok.txt"), "مقتل مدني");
        Files.write(dir.resolve("ingest-test-bad.txt"), new byte[] { (byte) 0xC3, (byte) 0x28 });
        Files.writeString(dir.resolve("ingest-test-empty.txt"), "");
        var report = ingest.ingestFolder(dir, 1 << 20);
        assertEquals(1, report.inserted());
        assertEquals(2, report.skipped().size());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Article.count("id like 'ingest-test-%'")));
    }

    /** Two loaders (as two replicas would) racing over the same folder store each article exactly once. */
    @Test
    void concurrentIngestsStoreEachArticleOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("ingest-test-c" + i + ".txt"), "خبر رقم " + i);
        }
        var barrier = new CyclicBarrier(2);
        Callable<IngestReport> run = () -> {
            barrier.await();
            return ingest.ingestFolder(dir, 1 << 20);
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = new ArrayList<Future<IngestReport>>();
            futures.add(pool.submit(run));
            futures.add(pool.submit(run));
            var a = futures.get(0).get();
            var b = futures.get(1).get();
            assertEquals(5, a.inserted() + b.inserted(), "each article inserted by exactly one loader");
            assertEquals(5, a.unchanged() + b.unchanged(), "the other loader found it already stored");
            assertEquals(0, a.updated() + b.updated());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5L, QuarkusTransaction.requiringNew().call(() -> Article.count("id like 'ingest-test-c%'")));
    }
}
