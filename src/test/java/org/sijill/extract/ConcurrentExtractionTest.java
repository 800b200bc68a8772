package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijill.bench.CorpusGenerator;
import org.sijill.extract.model.ArticleExtraction;

/** A folder load extracts on every core with one shared extractor: what it reads must not depend on that. */
class ConcurrentExtractionTest {

    @TempDir
    Path corpus;

    @Test
    void fourThreadsReadEveryTextAsOneThreadDoes() throws Exception {
        CorpusGenerator.main(new String[] { corpus.toString(), "200", "5" });
        var texts = new ArrayList<String>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("seeds")), Files.list(corpus))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        RuleExtractor serial = ExtractBeans.standard();
        var expected = texts.stream().map(t -> serial.extract(t, Optional.empty())).toList();

        RuleExtractor shared = ExtractBeans.standard();
        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<ArticleExtraction>>();
            for (int round = 0; round < 3; round++) {
                for (String t : texts) {
                    futures.add(pool.submit((Callable<ArticleExtraction>) () -> shared.extract(t, Optional.empty())));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % texts.size()), futures.get(i).get(), "text " + (i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(205, List.copyOf(expected).size());
    }
}
