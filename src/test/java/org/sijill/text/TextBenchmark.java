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
 * one thread. Not a test (it is not named *Test, so surefire skips it): run it by hand after
 * {@code ./mvnw -q test-compile}:
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
        // The machine may be shared with other work, so the run is cut into half-second rounds: the
        // median round is the typical rate, the best round the closest to a dedicated core.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> rates = new ArrayList<>();
        long n = 0;
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            long roundStart = System.nanoTime();
            long roundN = 0;
            while (System.nanoTime() - roundStart < 500_000_000L) {
                sink += once(articles, normalizer, numbers, dates, inference);
                roundN += articles.size();
            }
            rates.add(roundN / ((System.nanoTime() - roundStart) / 1e9));
            n += roundN;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long chars = articles.stream().mapToLong(String::length).sum() / articles.size();
        rates.sort(null);
        System.out.printf("%d articles (avg %d chars) in %.2f s on one thread: %.0f articles/s overall, %.0f per CPU-second;"
                + " half-second rounds: median %.0f, best %.0f articles/s [check %d]%n",
                n, chars, elapsed, n / elapsed, n / cpuSeconds, rates.get(rates.size() / 2), rates.get(rates.size() - 1), sink % 10);
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
