package org.sijill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    static final DateParser D = DateParser.standard();
    static final ArabicNormalizer N = ArabicNormalizer.standard();

    /** "2025-01-21", "2025-01-20..2025-01-22", or "-" (unknown). */
    static DateRange published(String s) {
        if (s.equals("-")) {
            return DateRange.unknown("not known");
        }
        String[] p = s.split("\\.\\.");
        LocalDate a = LocalDate.parse(p[0]);
        LocalDate b = p.length > 1 ? LocalDate.parse(p[1]) : a;
        return DateRange.of(a, b, Precision.DAY, "test");
    }

    /** Relative expressions against P = Tuesday 2025-01-21 unless stated (docs/arabic-text.md §3.3). */
    @ParameterizedTest(name = "{0} @ {1} = {2}..{3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            اليوم                          | 2025-01-21 | 2025-01-21 | 2025-01-21 | DAY
            هذا اليوم                      | 2025-01-21 | 2025-01-21 | 2025-01-21 | DAY
            صباح اليوم                     | 2025-01-21 | 2025-01-21 | 2025-01-21 | DAY
            في صباح اليوم                  | 2025-01-21 | 2025-01-21 | 2025-01-21 | DAY
            مساء اليوم                     | 2025-01-21 | 2025-01-21 | 2025-01-21 | DAY
            قبل قليل                       | 2025-01-21 | 2025-01-21 | 2025-01-21 | DAY
            أمس                            | 2025-01-21 | 2025-01-20 | 2025-01-20 | DAY
            الأمس                          | 2025-01-21 | 2025-01-20 | 2025-01-20 | DAY
            بالأمس                         | 2025-01-21 | 2025-01-20 | 2025-01-20 | DAY
            يوم أمس                        | 2025-01-21 | 2025-01-20 | 2025-01-20 | DAY
            البارحة                        | 2025-01-21 | 2025-01-20 | 2025-01-20 | DAY
            مساء أمس                       | 2025-01-21 | 2025-01-20 | 2025-01-20 | DAY
            ليلة أمس                       | 2025-01-21 | 2025-01-20 | 2025-01-20 | DAY
            الليلة الماضية                 | 2025-01-21 | 2025-01-20 | 2025-01-20 | DAY
            أول أمس                        | 2025-01-21 | 2025-01-19 | 2025-01-19 | DAY
            أول من أمس                     | 2025-01-21 | 2025-01-19 | 2025-01-19 | DAY
            قبل أمس                        | 2025-01-21 | 2025-01-19 | 2025-01-19 | DAY
            أمس الأول                      | 2025-01-21 | 2025-01-19 | 2025-01-19 | DAY
            غداً                           | 2025-01-21 | 2025-01-22 | 2025-01-22 | DAY
            مساء أمس، الاثنين              | 2025-01-21 | 2025-01-20 | 2025-01-20 | DAY
            أمس الاثنين                    | 2025-01-21 | 2025-01-20 | 2025-01-20 | DAY
            اليوم الثلاثاء                 | 2025-01-21 | 2025-01-21 | 2025-01-21 | DAY
            يوم الأحد الماضي               | 2025-01-21 | 2025-01-19 | 2025-01-19 | DAY
            الأحد الماضي                   | 2025-01-21 | 2025-01-19 | 2025-01-19 | DAY
            يوم الأحد                      | 2025-01-21 | 2025-01-19 | 2025-01-19 | DAY
            الثلاثاء                       | 2025-01-21 | 2025-01-21 | 2025-01-21 | DAY
            الثلاثاء الماضي                | 2025-01-21 | 2025-01-14 | 2025-01-14 | DAY
            الخميس المقبل                  | 2025-01-21 | 2025-01-23 | 2025-01-23 | DAY
            فجر الاثنين                    | 2025-01-21 | 2025-01-20 | 2025-01-20 | DAY
            ليلة الجمعة                    | 2025-01-21 | 2025-01-16 | 2025-01-16 | DAY
            الأسبوع الماضي                 | 2025-01-21 | 2025-01-13 | 2025-01-19 | WEEK
            الأسبوع الفائت                 | 2025-01-21 | 2025-01-13 | 2025-01-19 | WEEK
            الأسبوع الجاري                 | 2025-01-21 | 2025-01-20 | 2025-01-26 | WEEK
            هذا الأسبوع                    | 2025-01-21 | 2025-01-20 | 2025-01-26 | WEEK
            الشهر الماضي                   | 2025-01-21 | 2024-12-01 | 2024-12-31 | MONTH
            الشهر المنصرم                  | 2025-01-21 | 2024-12-01 | 2024-12-31 | MONTH
            الشهر الجاري                   | 2025-01-21 | 2025-01-01 | 2025-01-31 | MONTH
            الشهر الحالي                   | 2025-01-21 | 2025-01-01 | 2025-01-31 | MONTH
            الشهر المقبل                   | 2025-01-21 | 2025-02-01 | 2025-02-28 | MONTH
            العام الماضي                   | 2025-01-21 | 2024-01-01 | 2024-12-31 | YEAR
            السنة الماضية                  | 2025-01-21 | 2024-01-01 | 2024-12-31 | YEAR
            هذا العام                      | 2025-01-21 | 2025-01-01 | 2025-12-31 | YEAR
            منذ مطلع العام                 | 2025-01-21 | 2025-01-01 | 2025-01-21 | MONTH
            منذ بداية العام الجاري         | 2025-01-21 | 2025-01-01 | 2025-01-21 | MONTH
            منذ مطلع العام                 | 2025-03-05 | 2025-01-01 | 2025-03-05 | YEAR
            منذ مطلع الشهر الجاري          | 2025-01-21 | 2025-01-01 | 2025-01-21 | MONTH
            مطلع الشهر الجاري              | 2025-01-21 | 2025-01-01 | 2025-01-10 | MONTH
            أواخر الشهر الماضي             | 2025-01-21 | 2024-12-21 | 2024-12-31 | MONTH
            منتصف الشهر الماضي             | 2025-01-21 | 2024-12-11 | 2024-12-20 | MONTH
            قبل يومين                      | 2025-01-21 | 2025-01-19 | 2025-01-19 | DAY
            قبل 3 أيام                     | 2025-01-21 | 2025-01-18 | 2025-01-18 | DAY
            قبل ثلاثة أيام                 | 2025-01-21 | 2025-01-18 | 2025-01-18 | DAY
            قبل يوم                        | 2025-01-21 | 2025-01-20 | 2025-01-20 | DAY
            منذ يومين                      | 2025-01-21 | 2025-01-19 | 2025-01-21 | DAYS
            قبل أسبوع                      | 2025-01-21 | 2025-01-11 | 2025-01-17 | WEEK
            قبل أسبوعين                    | 2025-01-21 | 2025-01-04 | 2025-01-10 | WEEK
            مؤخراً                         | 2025-01-21 | 2025-01-14 | 2025-01-20 | WEEK
            خلال الأيام الماضية            | 2025-01-21 | 2025-01-14 | 2025-01-20 | WEEK
            خلال الـ 24 ساعة الماضية       | 2025-01-21 | 2025-01-20 | 2025-01-21 | DAYS
            خلال الساعات الـ24 الماضية     | 2025-01-21 | 2025-01-20 | 2025-01-21 | DAYS
            منذ مساء 19 من كانون الثاني الحالي | 2025-01-21 | 2025-01-19 | 2025-01-21 | DAYS
            كانون الثاني الحالي            | 2025-01-21 | 2025-01-01 | 2025-01-31 | MONTH
            كانون الأول الماضي             | 2025-01-21 | 2024-12-01 | 2024-12-31 | MONTH
            19 كانون الثاني                | 2025-01-21 | 2025-01-19 | 2025-01-19 | DAY
            25 كانون الأول                 | 2025-01-21 | 2024-12-25 | 2024-12-25 | DAY
            الخميس 19 كانون الأول/ديسمبر   | 2025-01-05 | 2024-12-19 | 2024-12-19 | DAY
            في يناير                       | 2025-03-10 | 2025-01-01 | 2025-01-31 | MONTH
            في يناير كانون الثاني          | 2022-12-26 | 2022-01-01 | 2022-01-31 | MONTH
            منذ مطلع العام 2022            | 2022-01-25 | 2022-01-01 | 2022-01-25 | MONTH
            الحادي والعشرين من يناير       | 2022-03-01 | 2022-01-21 | 2022-01-21 | DAY
            يوم 15 آب                      | 2022-03-01 | 2021-08-15 | 2021-08-15 | DAY
            خلال شهر رمضان                 | 2025-03-10 | 2025-03-01 | 2025-03-29 | MONTH
            """)
    void resolvesAgainstPublication(String phrase, String published, LocalDate start, LocalDate end, Precision precision) {
        DateRange r = D.resolve(phrase, published(published)).orElseThrow();
        assertEquals(List.of(start, end, precision), List.of(r.start(), r.end(), r.precision()), r.basis());
    }

    /** Absolute dates need no publication date. */
    @ParameterizedTest(name = "{0} = {1}..{2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            19 كانون الثاني 2025                 | 2025-01-19 | 2025-01-19 | DAY
            19 من كانون الثاني 2025              | 2025-01-19 | 2025-01-19 | DAY
            19 كانون الثاني/يناير 2025           | 2025-01-19 | 2025-01-19 | DAY
            19 يناير 2025                        | 2025-01-19 | 2025-01-19 | DAY
            الأحد 19 كانون الثاني 2025           | 2025-01-19 | 2025-01-19 | DAY
            3 تشرين الأول 2023                   | 2023-10-03 | 2023-10-03 | DAY
            1 أيار 2024                          | 2024-05-01 | 2024-05-01 | DAY
            5 حزيران 2021                        | 2021-06-05 | 2021-06-05 | DAY
            12 آذار 2020                         | 2020-03-12 | 2020-03-12 | DAY
            7 أغسطس 2019                         | 2019-08-07 | 2019-08-07 | DAY
            January 21, 2022                     | 2022-01-21 | 2022-01-21 | DAY
            21 January 2022                      | 2022-01-21 | 2022-01-21 | DAY
            Jan 21, 2022                         | 2022-01-21 | 2022-01-21 | DAY
            19/1/2025                            | 2025-01-19 | 2025-01-19 | DAY
            2025/1/19                            | 2025-01-19 | 2025-01-19 | DAY
            19-1-2025                            | 2025-01-19 | 2025-01-19 | DAY
            19.1.2025                            | 2025-01-19 | 2025-01-19 | DAY
            ٢٠٢٥/١/١٩                            | 2025-01-19 | 2025-01-19 | DAY
            كانون الثاني 2022                    | 2022-01-01 | 2022-01-31 | MONTH
            يناير 2022                           | 2022-01-01 | 2022-01-31 | MONTH
            شباط 2024                            | 2024-02-01 | 2024-02-29 | MONTH
            شهر آب 2020                          | 2020-08-01 | 2020-08-31 | MONTH
            آب 2020                              | 2020-08-01 | 2020-08-31 | MONTH
            أواخر كانون الثاني 2022              | 2022-01-21 | 2022-01-31 | MONTH
            عام 2019                             | 2019-01-01 | 2019-12-31 | YEAR
            العام 2022                           | 2022-01-01 | 2022-12-31 | YEAR
            في 2014                              | 2014-01-01 | 2014-12-31 | YEAR
            2025م                                | 2025-01-01 | 2025-12-31 | YEAR
            15 رجب 1446 هـ                       | 2025-01-14 | 2025-01-16 | DAYS
            1 رمضان 1446                         | 2025-02-28 | 2025-03-02 | DAYS
            رمضان 1446                           | 2025-03-01 | 2025-03-29 | MONTH
            الأحد 19 رجب 1446هـ الموافق 19 كانون الثاني 2025م | 2025-01-19 | 2025-01-19 | DAY
            في العاشر من آذار 2021               | 2021-03-10 | 2021-03-10 | DAY
            2023/05/14                           | 2023-05-14 | 2023-05-14 | DAY
            14-05-2023                           | 2023-05-14 | 2023-05-14 | DAY
            """)
    void resolvesAbsoluteDates(String phrase, LocalDate start, LocalDate end, Precision precision) {
        DateRange r = D.resolve(phrase, DateRange.unknown("not needed")).orElseThrow();
        assertEquals(List.of(start, end, precision), List.of(r.start(), r.end(), r.precision()), r.basis());
    }

    /** A weekday that contradicts the relative word widens the range and says so (§3.3 rule 5). */
    @ParameterizedTest(name = "{0} @ {1} = {2}..{3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            مساء أمس، الاثنين  | 2025-01-22               | 2025-01-20 | 2025-01-21 | DAYS | conflict
            اليوم الجمعة       | 2025-01-21               | 2025-01-17 | 2025-01-21 | DAYS | conflict
            أمس الخميس         | 2022-01-22               | 2022-01-20 | 2022-01-21 | DAYS | conflict
            أمس الخميس         | 2022-01-21               | 2022-01-20 | 2022-01-20 | DAY  | agrees
            اليوم الاثنين      | 2022-12-26               | 2022-12-26 | 2022-12-26 | DAY  | agrees
            الجمعة 20 كانون الثاني 2025 | -               | 2025-01-20 | 2025-01-20 | DAY  | not Friday
            مساء أمس، الاثنين  | 2025-01-20..2025-01-26   | 2025-01-20 | 2025-01-20 | DAY  | agrees
            أمس                | 2025-01-20..2025-01-22   | 2025-01-19 | 2025-01-21 | DAYS | publication between
            الشهر الماضي       | 2025-01-01..2025-12-31   | 2024-12-01 | 2025-11-30 | YEAR | publication between
            """)
    void weekdaysAndPublicationRanges(String phrase, String published, LocalDate start, LocalDate end, Precision precision, String basisSays) {
        DateRange r = D.resolve(phrase, published(published)).orElseThrow();
        assertEquals(List.of(start, end, precision), List.of(r.start(), r.end(), r.precision()), r.basis());
        assertTrue(r.basis().contains(basisSays), r.basis());
    }

    @ParameterizedTest
    @ValueSource(strings = {"أمس", "الأسبوع الماضي", "يوم الأحد", "كانون الثاني الحالي", "19 كانون الثاني", "قبل 3 أيام"})
    void relativeDatesNeedAPublicationDate(String phrase) {
        DateRange r = D.resolve(phrase, DateRange.unknown("none")).orElseThrow();
        assertEquals(Precision.UNKNOWN, r.precision());
        assertTrue(r.basis().contains("unknown"), r.basis());
    }

    /** Not dates: outlet names, numbers, words that only look like dates. */
    @ParameterizedTest
    @ValueSource(strings = {"المصدر : رأي اليوم", "قناة روسيا اليوم", "199 عملية", "العام", "الأمن العام", "مارس ضغوطاً",
            "أب وأم", "منذ سنوات", "منذ خسارته", "قبل السجن", "الثاني", "24 ساعة", "نيسان", "ثلاثة آلاف",
            "في اليوم التالي", "منذ ذلك اليوم", "اليوم العالمي لحقوق الإنسان", "سيارة نيسان بيضاء", "رمضان محمد"})
    void findsNoDate(String phrase) {
        assertEquals(Optional.empty(), D.resolve(phrase, published("2025-01-21")));
    }

    /** Every date in each seed, resolved against a publication date chosen for the test. */
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            000_10540df14f6fc042 | 2022-03-10 | relative-day 2022-03-10..2022-03-10 DAY; relative-day 2022-03-10..2022-03-10 DAY; year 2022-01-01..2022-03-10 YEAR
            001_040cf81d154c6964 | 2022-12-26 | relative-day-weekday 2022-12-26..2022-12-26 DAY; year 2014-01-01..2014-12-31 YEAR; year 2019-01-01..2019-12-31 YEAR; month 2022-01-01..2022-01-31 MONTH
            002_225182bcdbf2fae4 | 2022-12-26 | relative-day 2022-12-26..2022-12-26 DAY; relative-day 2022-12-26..2022-12-26 DAY; relative-day 2022-12-26..2022-12-26 DAY
            003_5349be87dbcac639 | 2022-01-25 | month-year 2022-01-01..2022-01-31 MONTH; relative-day-weekday 2022-01-24..2022-01-24 DAY; day-month 2022-01-19..2022-01-25 WEEK
            004_2d34422f699394eb | 2022-01-21 | relative-day-weekday 2022-01-20..2022-01-20 DAY; day-month-year 2022-01-21..2022-01-21 DAY; relative-day-weekday 2022-01-21..2022-01-21 DAY; day-month-year 2022-01-21..2022-01-21 DAY; day-month-year 2022-01-21..2022-01-21 DAY
            """)
    void findsEveryDateInTheSeeds(String seed, String published, String expected) throws IOException {
        NormalizedText t = N.normalize(Files.readString(Path.of("seeds", seed + ".txt")));
        String got = D.find(t, published(published)).stream()
                .map(m -> m.rule().substring("date.".length()) + " " + m.date().start() + ".." + m.date().end() + " " + m.date().precision())
                .collect(Collectors.joining("; "));
        assertEquals(expected, got);
    }

    @Test
    void seedMentionsCarryQuotePartOfDayAndSince() throws IOException {
        String original = Files.readString(Path.of("seeds", "003_5349be87dbcac639.txt"));
        List<DateMention> ms = D.find(N.normalize(original), published("2022-01-25"));
        DateMention yesterday = ms.get(1);
        assertEquals("مساء أمس، الاثنين", yesterday.original().quote(original));
        assertEquals("EVENING", yesterday.partOfDay());
        assertTrue(yesterday.date().basis().contains("weekday Monday agrees"), yesterday.date().basis());
        DateMention since = ms.get(2);
        assertEquals("منذ مساء 19 من كانون الثاني الحالي", since.original().quote(original));
        assertTrue(since.since());
        assertEquals("EVENING", since.partOfDay());
    }

    @Test
    void sinceWithUnknownPublicationKeepsItsStart() {
        DateRange r = D.resolve("منذ مطلع العام 2022", DateRange.unknown("none")).orElseThrow();
        assertEquals(LocalDate.of(2022, 1, 1), r.start());
        assertEquals(null, r.end());
        assertEquals(Precision.UNKNOWN, r.precision());
    }

    @Test
    void precisionFollowsTheLength() {
        assertEquals(Precision.DAY, Precision.forDays(1));
        assertEquals(Precision.DAYS, Precision.forDays(6));
        assertEquals(Precision.WEEK, Precision.forDays(7));
        assertEquals(Precision.MONTH, Precision.forDays(31));
        assertEquals(Precision.YEAR, Precision.forDays(366));
        assertEquals(Precision.UNKNOWN, Precision.forDays(400));
    }
}
