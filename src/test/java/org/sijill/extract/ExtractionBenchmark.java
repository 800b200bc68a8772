package org.sijill.extract;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints extraction throughput (articles per second on one thread) over the seed articles: the whole extraction
 * step (normalise, numbers, dates, places, actors, sources, figures, events), not the database. A benchmark, not a
 * test: run it with {@code ./mvnw -B -Pbench verify} (see README "Performance").
 *
 * <p>Steady state, as a long-running service sees it: the JIT needs tens of thousands of articles before the rule
 * code is fully compiled, so the benchmark first warms up ({@code -Dbench.warmup}, default 30,000 articles), then
 * measures several rounds ({@code -Dbench.rounds} × {@code -Dbench.round}, default 5 × 5,000) and prints each round
 * and the median. "Per CPU-second" divides by the thread's own CPU time, so other processes on the machine
 * disturb it less than the wall clock.
 */
public final class ExtractionBenchmark {

    public static void main(String[] args) throws Exception {
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args.length > 0 ? args[0] : "seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        int warmup = Integer.getInteger("bench.warmup", 30_000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        int round = Integer.getInteger("bench.round", 5_000);

        long t0 = System.nanoTime();
        RuleExtractor extractor = ExtractBeans.standard();
        System.out.printf("extraction: lexicons and gazetteer loaded in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        long figures = run(extractor, articles, warmup);
        var threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            figures += run(extractor, articles, round);
            wall[r] = round / ((System.nanoTime() - start) / 1e9);
            cpu[r] = round / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            System.out.printf("extraction: round %d: %.0f articles/s wall clock, %.0f per CPU-second%n", r + 1, wall[r],
                    cpu[r]);
        }
        System.out.printf("extraction: median of %d rounds of %d articles after %d warm-up articles, one thread: "
                + "%.0f articles/s wall clock, %.0f articles per CPU-second (%d figures read in all)%n", rounds, round,
                warmup, median(wall), median(cpu), figures);
    }

    private static long run(RuleExtractor extractor, List<String> articles, int count) {
        long figures = 0;
        for (int i = 0; i < count; i++) {
            figures += extractor.extract(articles.get(i % articles.size()), Optional.empty()).figures().size();
        }
        return figures;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
