package org.sijill.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints extraction throughput (articles per second on one thread) over the seed articles: the whole extraction
 * step (normalise, numbers, dates, places, actors, sources, figures, events), not the database. A benchmark, not a
 * test: run it with {@code ./mvnw -B -Pbench verify} (see README "Performance").
 */
public final class ExtractionBenchmark {

    public static void main(String[] args) throws Exception {
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args.length > 0 ? args[0] : "seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        long t0 = System.nanoTime();
        RuleExtractor extractor = ExtractBeans.standard();
        long loaded = System.nanoTime();
        int warmup = 2_000;
        int measured = 10_000;
        long figures = 0;
        for (int i = 0; i < warmup; i++) {
            figures += extractor.extract(articles.get(i % articles.size()), Optional.empty()).figures().size();
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            figures += extractor.extract(articles.get(i % articles.size()), Optional.empty()).figures().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("extraction: lexicons and gazetteer loaded in %d ms%n", (loaded - t0) / 1_000_000);
        System.out.printf("extraction: %d articles in %.2f s on one thread = %.0f articles/s wall clock, "
                + "%.0f articles per CPU-second (%d figures read)%n", measured, seconds, measured / seconds,
                measured / cpu, figures);
    }
}
