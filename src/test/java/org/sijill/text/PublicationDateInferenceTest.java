package org.sijill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateInferenceTest {

    static final PublicationDateInference INF = PublicationDateInference.standard();
    static final ArabicNormalizer N = ArabicNormalizer.standard();

    static NormalizedText seed(String id) throws IOException {
        return N.normalize(Files.readString(Path.of("seeds", id + ".txt")));
    }

    /**
     * Worked out by hand from each seed's own text:
     * 000: "منذ مطلع العام 2022" → published in 2022 (the year is taken as current), nothing narrower.
     * 001: "اليوم الاثنين" → a Monday; "عام 2019" is the latest year mentioned → on or after 2019; no upper bound.
     * 002: only "مساء اليوم", "قبل قليل": no clue.
     * 003: "مساء أمس، الاثنين" → a Tuesday; "منذ مساء 19 من كانون الثاني الحالي" → in January, on or after
     *      the 19th; the photo caption "كانون الثاني 2022" → 2022 or later, so the earliest January is 2022;
     *      the only Tuesday of January 2022 from the 19th on is the 25th.
     * 004: three tweets dated January 21, 2022 → on or after that day (and within 6 days, assumed);
     *      "اليوم الجمعة" and "أمس الخميس" → a Friday → 2022-01-21 itself.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            000_10540df14f6fc042 | 2022-01-01 | 2022-12-31 | YEAR    | 2022
            001_040cf81d154c6964 | 2019-01-01 |            | UNKNOWN | Monday
            002_225182bcdbf2fae4 |            |            | UNKNOWN | no date clue
            003_5349be87dbcac639 | 2022-01-25 | 2022-01-25 | DAY     | Tuesday
            004_2d34422f699394eb | 2022-01-21 | 2022-01-21 | DAY     | Friday
            """)
    void infersTheSeeds(String id, LocalDate start, LocalDate end, Precision precision, String basisSays) throws IOException {
        DateRange r = INF.infer(seed(id));
        assertEquals(java.util.Arrays.asList(start, end, precision), java.util.Arrays.asList(r.start(), r.end(), r.precision()), r.basis());
        assertTrue(r.basis().contains(basisSays), r.basis());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قال المرصد اليوم الجمعة إن الهجمات تواصلت منذ مطلع العام 2022                   | 2022-01-07 | 2022-12-30 | YEAR    | Friday
            قال المصدر اليوم الثلاثاء — Reporter (@rep) March 3, 2024                         | 2024-03-05 | 2024-03-05 | DAY     | tweet
            أمس الأحد — Reporter (@rep) January 21, 2022                                      | 2022-01-24 | 2022-01-24 | DAY     | Monday
            اليوم الاثنين — Someone (@someone) January 21, 2022                               | 2022-01-24 | 2022-01-24 | DAY     | Monday
            خلال كانون الأول الحالي — Someone (@someone) January 21, 2022                     | 2022-12-01 | 2022-12-31 | MONTH   | dropped: the tweet-age assumption
            منذ مطلع العام 2023 قال اليوم الجمعة إن هجوم أمس الاثنين                          | 2023-01-01 | 2023-12-31 | YEAR    | disagree
            وقع الهجوم مساء أمس، الاثنين، في 19 كانون الثاني الحالي                          |            |            | UNKNOWN | Tuesday
            خطة تمتد حتى عام 2030                                                             |            |            | UNKNOWN | no date clue
            قتل عام 2019 خمسة أشخاص وفي 2021 ثلاثة                                             | 2021-01-01 |            | UNKNOWN | 2021
            قتل ثلاثة عناصر من قسد                                                            |            |            | UNKNOWN | no date clue
            صورة من كانون الثاني 2022 ونشر الخبر اليوم الأحد، منذ 3 من كانون الثاني الحالي     | 2022-01-09 | 2022-01-30 | MONTH   | Sunday
            قتل طفلان صباح اليوم الخميس 12 أيلول 2024 بانفجار لغم                              | 2024-09-12 | 2024-09-12 | DAY     | calls today
            قتل مدني أمس الأربعاء، 11 أيلول 2024، في الرقة                                   | 2024-09-12 | 2024-09-12 | DAY     | calls yesterday
            قتل مدني في 11 أيلول 2024 وقال المصدر اليوم إن                                    | 2024-09-11 |            | UNKNOWN | on or after
            """)
    void combinesClues(String text, LocalDate start, LocalDate end, Precision precision, String basisSays) {
        DateRange r = INF.infer(N.normalize(text));
        assertEquals(java.util.Arrays.asList(start, end, precision), java.util.Arrays.asList(r.start(), r.end(), r.precision()), r.basis());
        assertTrue(r.basis().contains(basisSays), r.basis());
    }

    @Test
    void suppliedDateWinsAndTheBasisSaysWhetherTheTextAgrees() throws IOException {
        DateRange agree = INF.infer(seed("004_2d34422f699394eb"), Optional.of(LocalDate.of(2022, 1, 21)));
        assertEquals(List.of(LocalDate.of(2022, 1, 21), LocalDate.of(2022, 1, 21), Precision.DAY), List.of(agree.start(), agree.end(), agree.precision()));
        assertTrue(agree.basis().contains("supplied") && agree.basis().contains("agrees"), agree.basis());
        DateRange differ = INF.infer(seed("003_5349be87dbcac639"), Optional.of(LocalDate.of(2022, 2, 1)));
        assertEquals(LocalDate.of(2022, 2, 1), differ.start());
        assertTrue(differ.basis().contains("the text alone suggests 2022-01-25"), differ.basis());
        DateRange none = INF.infer(seed("002_225182bcdbf2fae4"), Optional.empty());
        assertEquals(Precision.UNKNOWN, none.precision());
    }

    @Test
    void inferredDateResolvesTheSeedsRelativeDates() throws IOException {
        NormalizedText t = seed("003_5349be87dbcac639");
        DateRange published = INF.infer(t);
        DateMention yesterday = DateParser.standard().find(t, published).get(1);
        assertEquals(DateRange.day(LocalDate.of(2022, 1, 24), "").start(), yesterday.date().start());
        assertEquals(Precision.DAY, yesterday.date().precision());
    }
}
