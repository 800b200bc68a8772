package org.sijill.hostile;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sijill.extract.ExtractBeans;
import org.sijill.extract.RuleExtractor;

/**
 * Pathological Arabic through the whole extractor: each text of about 100 KB must be read within a generous bound
 * (no catastrophic backtracking, nothing quadratic that matters) and never throw. The bound is 5 s on a shared
 * 2-core machine; a healthy run takes a small fraction of it.
 */
class HostileTextTest {

    private static final int SIZE = 100_000;
    private static final long SEED = Long.getLong("hostile.seed", 20261123L);
    private static RuleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ExtractBeans.standard();
        extractor.extract("قتل 3 أشخاص في الرقة أمس", Optional.empty()); // warm the lexicons and JIT a little
    }

    static Stream<Arguments> texts() {
        var random = new Random(SEED);
        return Stream.of(
                text("10,000 tatweels", () -> "ـ".repeat(10_000)),
                text("100 KB of tatweels", () -> "ـ".repeat(SIZE)),
                text("a word split by 10,000 tatweels", () -> "قتـ" + "ـ".repeat(10_000) + "ـلى"),
                text("tatweel-split casualty words", () -> fill("قتـ ـلـ ـى ")),
                text("endless number words", () -> fill("ثلاثة وعشرون ألفا ومئتان و")),
                text("endless number words, no spaces", () -> fill("ثلاثةوعشرونألفا")),
                text("50,000 casualty words", () -> "قتلى ".repeat(50_000)),
                text("casualty words and counts alternating", () -> fill("مقتل 12 شخصا وإصابة ثلاثة آخرين بينهم ")),
                text("one huge number", () -> "1".repeat(SIZE) + " قتيلا"),
                text("digits with separators", () -> fill("1,2٬3.4 ")),
                text("Arabic-Indic digits", () -> fill("١٢٣٤٥٦٧٨٩٠ قتيلا ")),
                text("one 100 KB word", () -> fill("قتلاجرحىمقتل")),
                text("spaced letters", () -> fill("ق ت ل ى ")),
                text("digits standing for letters", () -> fill("د١عش ")),
                text("dates without end", () -> fill("في 12 كانون الثاني 2024 ")),
                text("relative dates", () -> fill("أمس الأحد الماضي ")),
                text("places without end", () -> fill("في ريف دير الزور الشرقي ")),
                text("actors without end", () -> fill("قوات سوريا الديمقراطية قسد داعش التنظيم ")),
                text("sources without end", () -> fill("بحسب المرصد السوري لحقوق الإنسان قال مصدر لوكالة رويترز ")),
                text("attribution chains", () -> fill("نقلا عن ")),
                text("diacritics only", () -> fill("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652")),
                text("bidi and zero-width", () -> fill("\u202E\u200Bقتلى\u200D\u2066")),
                text("NUL and controls", () -> fill("\u0000\u0001\u0007قتلى\r")),
                text("lone surrogates", () -> fill("\uD800قتلى\uDFFF")),
                text("regex metacharacters", () -> fill("(a+)+$.*[\\Q\\E{1,}|^")),
                text("only newlines", () -> "\n".repeat(SIZE)),
                text("only spaces", () -> " ".repeat(SIZE)),
                text("empty", () -> ""),
                text("random Unicode", () -> new HostileStrings(random.nextLong()).randomUnicode(SIZE)),
                text("random Arabic words", () -> randomWords(random)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void extractsWithinBoundsAndNeverThrows(String name, Supplier<String> text) {
        String input = text.get();
        var result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> extractor.extract(input, Optional.empty()),
                () -> name + ": extraction of " + input.length() + " chars took more than 5 s");
        assertNotNull(result);
    }

    private static Arguments text(String name, Supplier<String> supplier) {
        return Arguments.of(name, supplier);
    }

    private static String fill(String unit) {
        return unit.repeat(SIZE / unit.length() + 1).substring(0, SIZE);
    }

    private static String randomWords(Random random) {
        String[] words = { "قتلى", "جرحى", "مقتل", "إصابة", "ثلاثة", "عشرون", "و", "في", "الرقة", "داعش", "قسد", "أمس",
                "بينهم", "هجوم", "ـ", "12", "١٢", "من", "إلى", "ارتفع", "عدد", "عناصر", "قال", "المرصد", ".", "،" };
        var sb = new StringBuilder(SIZE + 20);
        while (sb.length() < SIZE) {
            sb.append(words[random.nextInt(words.length)]).append(random.nextInt(8) == 0 ? "" : " ");
        }
        return sb.toString();
    }
}
