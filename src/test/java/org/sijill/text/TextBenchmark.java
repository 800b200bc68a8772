package org.sijill.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Throughput of normalise + numbers + dates (+ publication-date inference) over the seed articles on
 * one thread. Not a test: run it by hand after {@code ./mvnw -q test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes org.sijill.text.TextBenchmark [seconds] [seeds-dir]
 * </pre>
 */
public final class TextBenchmark {

    private TextBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        Path dir = Path.of(args.length > 1 ? args[1] : "seeds");
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(p));
            }
        }
        ArabicNormalizer normalizer = ArabicNormalizer.standard();
        NumberParser numbers = NumberParser.standard();
        DateParser dates = DateParser.standard();
        PublicationDateInference inference = PublicationDateInference.standard();
        long sink = 0;
        long warmEnd = System.nanoTime() + 2_000_000_000L;   // let the JIT settle
        while (System.nanoTime() < warmEnd) {
            sink += once(articles, normalizer, numbers, dates, inference);
        }
        // The machine may be shared: besides wall-clock time, report the rate per second of this thread's
        // own CPU time, which is what one dedicated core would do.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long n = 0;
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            sink += once(articles, normalizer, numbers, dates, inference);
            n += articles.size();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long chars = articles.stream().mapToLong(String::length).sum() / articles.size();
        System.out.printf("%d articles (avg %d chars) in %.2f s on one thread: %.0f articles/s wall clock, %.0f articles per CPU-second [check %d]%n",
                n, chars, elapsed, n / elapsed, n / cpuSeconds, sink % 10);
    }

    private static long once(List<String> articles, ArabicNormalizer normalizer, NumberParser numbers, DateParser dates,
            PublicationDateInference inference) {
        long found = 0;
        for (String a : articles) {
            NormalizedText t = normalizer.normalize(a);
            found += numbers.find(t).size();
            DateRange published = inference.infer(t, Optional.empty());
            found += dates.find(t, published).size();
        }
        return found;
    }
}
