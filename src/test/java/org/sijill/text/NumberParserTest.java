package org.sijill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    static final NumberParser P = NumberParser.standard();
    static final ArabicNormalizer N = ArabicNormalizer.standard();

    /** Validated table of docs/arabic-text.md §2.2, then more forms. Arabic only in the first column. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ثلاثة                      | 3
            ثلاث                       | 3
            ثلاثة عشر                  | 13
            ثلاث عشرة                  | 13
            إحدى عشرة                  | 11
            أحد عشر                    | 11
            اثنا عشر                   | 12
            اثنتي عشرة                 | 12
            خمسة وعشرون                | 25
            خمس و عشرين                | 25
            واحد وعشرون                | 21
            إحدى وعشرين                | 21
            مئة                        | 100
            مائة                       | 100
            مئتين                      | 200
            ثلاثمئة                    | 300
            ثلاثمائة                   | 300
            ثلاث مئة                   | 300
            ثلاثمئة وأربعة وسبعون      | 374
            خمسمائة                    | 500
            ألف                        | 1000
            ألفين                      | 2000
            أربعة آلاف                 | 4000
            ثلاثة آلاف وخمسمئة         | 3500
            عشرة آلاف                  | 10000
            مئة ألف                    | 100000
            أحد عشر ألفا               | 11000
            خمسة وعشرين ألفا           | 25000
            مليون                      | 1000000
            ثلاثة ملايين               | 3000000
            4 آلاف                     | 4000
            ٣ آلاف                     | 3000
            2 مليون                    | 2000000
            ١٢                         | 12
            ثمانية                     | 8
            ثماني                      | 8
            ثمان مئة                   | 800
            خمسمئة وثلاث وعشرون        | 523
            اثنان                      | 2
            اثنين                      | 2
            اثنتان                     | 2
            إثنين                      | 2
            واحد                       | 1
            واحدة                      | 1
            عشرة                       | 10
            عشر                        | 10
            عشرون                      | 20
            تسعين                      | 90
            سبعة عشر                   | 17
            ثماني عشرة                 | 18
            تسعة وتسعون                | 99
            مئتان                      | 200
            مائتين                     | 200
            تسعمائة                    | 900
            ألفان                      | 2000
            ألف ومئتان                 | 1200
            أربعمئة وخمسون             | 450
            ثلاثمئة ألف                | 300000
            مليونان                    | 2000000
            ستة                        | 6
            سبع                        | 7
            تسع                        | 9
            1,200                      | 1200
            ١٬٢٠٠                      | 1200
            1.200                      | 1200
            ۱۲۳                        | 123
            2.5 مليون                  | 2500000
            62 ألفاً                   | 62000
            ستة أشخاص                  | 6
            25 عنصرًا                  | 25
            148 قتيلا                  | 148
            3 عناصر                    | 3
            2000 عنصر                  | 2000
            و93 من قوات                | 93
            بثلاثة صواريخ              | 3
            أحد المهاجمين              | 1
            أحد عناصر التنظيم          | 1
            ألفي شخص                   | 2000
            خمسة عشر مدنيا             | 15
            أحد عشر شخصا               | 11
            1.5 مليون نسمة             | 1500000
            """)
    void parsesExactCounts(String text, long value) {
        assertEquals(Optional.of(Count.exact(value)), P.parse(text));
    }

    @ParameterizedTest(name = "{0} = {4} {1} [{2}, {3}]")
    @CsvSource(delimiter = '|', textBlock = """
            نحو 900                    | 900   | 810   | 990   | APPROXIMATE
            حوالي 500 قتيلا            | 500   | 450   | 550   | APPROXIMATE
            حوالى 500                  | 500   | 450   | 550   | APPROXIMATE
            قرابة أربعة آلاف أجنبي     | 4000  | 3600  | 4400  | APPROXIMATE
            زهاء 200                   | 200   | 180   | 220   | APPROXIMATE
            ما يقارب 30                | 30    | 27    | 33    | APPROXIMATE
            ما يقرب من 30              | 30    | 27    | 33    | APPROXIMATE
            نحو عشرة آخرين             | 10    | 9     | 11    | APPROXIMATE
            ونحو 20                    | 20    | 18    | 22    | APPROXIMATE
            50 تقريباً                 | 50    | 45    | 55    | APPROXIMATE
            حوالي 2000                 | 2000  | 1800  | 2200  | APPROXIMATE
            about 50                   | 50    | 45    | 55    | APPROXIMATE
            أكثر من 25 عنصرًا          |       | 26    |       | AT_LEAST
            ما يزيد عن 100             |       | 101   |       | AT_LEAST
            ما يزيد على 100            |       | 101   |       | AT_LEAST
            أزيد من 40                 |       | 41    |       | AT_LEAST
            ما يربو على 40             |       | 41    |       | AT_LEAST
            20 ونيف                    |       | 21    |       | AT_LEAST
            more than 20               |       | 21    |       | AT_LEAST
            أكثر من مئة شخص            |       | 101   |       | AT_LEAST
            قرابة 20 ألف               | 20000 | 18000 | 22000 | APPROXIMATE
            نحو ثلاثين عنصراً          | 30    | 27    | 33    | APPROXIMATE
            ما لا يقل عن 12 قتيلا      |       | 12    |       | AT_LEAST
            لا يقل عن 12               |       | 12    |       | AT_LEAST
            على الأقل 16               |       | 16    |       | AT_LEAST
            16 على الأقل               |       | 16    |       | AT_LEAST
            16 عنصراً على الأقل        |       | 16    |       | AT_LEAST
            at least 16 Isis members   |       | 16    |       | AT_LEAST
            أقل من 10 جرحى             |       | 0     | 9     | AT_MOST
            ما دون 5                   |       | 0     | 4     | AT_MOST
            لا يزيد عن 10              |       | 0     | 10    | AT_MOST
            10 على الأكثر              |       | 0     | 10    | AT_MOST
            عشرات                      | 10    | 10    | 99    | VAGUE
            العشرات من السجناء         | 10    | 10    | 99    | VAGUE
            وعشرات من مقاتلي           | 10    | 10    | 99    | VAGUE
            مئات                       | 100   | 100   | 999   | VAGUE
            المئات                     | 100   | 100   | 999   | VAGUE
            آلاف المعتقلين             | 1000  | 1000  | 9999  | VAGUE
            الآلاف                     | 1000  | 1000  | 9999  | VAGUE
            عشرات الآلاف               | 10000 | 10000 | 99999 | VAGUE
            مئات الآلاف                | 100000| 100000| 999999| VAGUE
            بضعة                       | 3     | 3     | 9     | VAGUE
            بضع                        | 3     | 3     | 9     | VAGUE
            بضعة آلاف                  | 3000  | 3000  | 9999  | VAGUE
            عدة قذائف                  | 3     | 2     |       | VAGUE
            عدد من المناطق             | 3     | 2     |       | VAGUE
            العديد من التسجيلات        |       | 3     |       | VAGUE
            من 30 إلى 40 دولة          |       | 30    | 40    | APPROXIMATE
            بين 30 و40                 |       | 30    | 40    | APPROXIMATE
            ما بين 5 و 10              |       | 5     | 10    | APPROXIMATE
            3 أو 4                     |       | 3     | 4     | APPROXIMATE
            30-40                      |       | 30    | 40    | APPROXIMATE
            ثلاثة أو أربعة             |       | 3     | 4     | APPROXIMATE
            """)
    void parsesQualifiedCounts(String text, Long value, long low, Long high, Qualifier q) {
        assertEquals(Optional.of(new Count(value, low, high, q)), P.parse(text));
    }

    /** Not counts: ordinals, years, dates, times, percentages, calibres, handles, phones, weekdays. */
    @ParameterizedTest
    @ValueSource(strings = {"الثالث", "الحادي عشر", "الأول", "العاشرة", "عام 2019", "العام 2022", "2022", "1446هـ", "2025م",
            "الـ 24", "ال24", "@Mustafa5g4d2k8u", "pic.twitter.com/i7asX0525C", "RPG", "F16", "25%", "٪25", "10 بالمئة",
            "10 في المئة", "24 ساعة", "3 أيام", "12.7 ملم", "عيار 12.7", "الساعة 10", "10:30", "19/1/2025",
            "19 كانون الثاني", "21 January", "0933123456", "+963 933", "الاثنين", "الأحد", "أحد", "لم يصب أحد",
            "دولار واحد", "2.5", "قتلى", "عناصر", "لست", "كانون الثاني", "الثلاثاء", "الخميس", "ثلث", "خلال الـ 24 ساعة",
            "5 كم", "120 ملم", "“دير الزور 24”", "#عفرين_2018", "1.2.3.4"})
    void rejectsNonCounts(String text) {
        assertEquals(Optional.empty(), P.parse(text), text);
    }

    /** Every number found in a sentence: KIND=value, or KIND=low..high when there is no single value. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ارتفاع عدد قتـ ـلـ ـى “قسد” إلى 6 بينهم 3 عناصر لقوى “الأمـ ـن الداخلي”         | COUNT=6 COUNT=3
            حيث يأوي نحو 900 سجين من عناصر تنظيم “الدولة الإسلامية”                        | COUNT=900
            يكون المرصد السوري قد أحصى 199 عملية قامت بها مجموعات مسلحة                     | COUNT=199
            ضمن مناطق نفوذ “الإدارة الذاتية” منذ مطلع العام 2022، تمت عبر هجمات              | YEAR=2022
            حصيلة القتلى جراء العمليات آنفة الذكر148 قتيلا، هم 54 مدني بينهم سيدتان وطفل، و93 من قوات | COUNT=148 COUNT=54 COUNT=93
            ادى لمقتل ستة مقاتلين أكراد واثنين من التنظيم                                   | COUNT=6 COUNT=2
            أسفر عن مقتل ستة أشخاص وجرح نحو عشرة آخرين                                    | COUNT=6 COUNT=10
            تمكّن أحد المهاجمين من الانسحاب                                                | COUNT=1
            يُؤوي المخيّم  62 ألفاً، جاؤوا من 30 إلى 40 دولة .                               | COUNT=62000 COUNT=30..40
            استولى التنظيم على مساحات في 2014 بما يشمل الرقة منذ خسارته آخر قطعة أرض عام 2019 | YEAR=2014 YEAR=2019
            في يناير كانون الثاني خلف حوالي 500 قتيلا من بينهم 374 تربطهم صلات               | COUNT=500 COUNT=374
            من بين القتلى ثلاثة عناصر من قوى الأمن الداخلي                                   | COUNT=3
            مقاتلون من قسد بمحافظة الحسكة- كانون الثاني 2022 (رويترز)                       | YEAR=2022
            وقالت شبكة “دير الزور 24” المحلية                                             | NAME=24
            سُمعت خلالها أصوات عدة قذائف من نوع “RPG”                                      | COUNT=3
            منذ مساء 19 من كانون الثاني الحالي                                             | DATE_PART=19
            مع تمكّن العشرات من السجناء من تجاوز أسوار السجن                                | COUNT=10
            ولم يكن هذا هو الاستعصاء الأول                                                  | ORDINAL=1
            في العديد من التسجيلات المصوّرة                                                 | COUNT=3..
            تحتجز فيها “قسد” آلاف المعتقلين، وبينهم قرابة أربعة آلاف أجنبي من حوالي 50 دولة | COUNT=1000 COUNT=4000 COUNT=50
            دولار واحد شهريًا يصنع الفرق                                                    | MEASURE=1
            قتلت قسد 23 مقاتلًا من تنظيم "الدولة"                                           | COUNT=23
            أن 7 عناصر من "قسد" قُتلوا، واعتقلت 89 عنصرًا                                  | COUNT=7 COUNT=89
            أنباء عن فرار أكثر من 25 عنصرًا من التنظيم                                      | COUNT=26..
            — Mustafa AL Dulaimi (@Mustafa5g4d2k8u) January 21, 2022                        | HANDLE_OR_URL=5 HANDLE_OR_URL=4 HANDLE_OR_URL=2 HANDLE_OR_URL=8 DATE_PART=21 YEAR=2022
            الوطني. pic.twitter.com/i7asX0525C                                               | HANDLE_OR_URL=7 HANDLE_OR_URL=525
            leaves 18 SDF security forces dead, at least 16 Isis members too                | COUNT=18 COUNT=16..
            خلال الـ 24 ساعة الماضية                                                       | ORDINAL=24
            قذائف هاون عيار 120 ملم                                                         | CALIBRE=120
            أصيب 25% من السكان                                                             | PERCENTAGE=25
            نسبة 10 بالمئة                                                                  | PERCENTAGE=10
            الساعة 10 صباحاً                                                               | TIME=10
            عند 10:30 مساء                                                                  | TIME=10 TIME=30
            في 19/1/2025 قتل 3                                                              | DATE_PART=19 DATE_PART=1 DATE_PART=2025 COUNT=3
            للاتصال 0933123456                                                              | PHONE=933123456
            منذ 3 أيام                                                                      | DURATION=3
            على بعد 5 كم                                                                    | MEASURE=5
            عام 2019 قتل 5                                                                  | YEAR=2019 COUNT=5
            قتل 1446 شخصا                                                                   | COUNT=1446
            15 رجب 1446 هـ                                                                  | DATE_PART=15 YEAR=1446
            مقتل مدنيين اثنين                                                               | COUNT=2
            القتلى الثلاثة                                                                  | COUNT=3
            الجنود الأربعة                                                                  | COUNT=4
            ارتفع عدد القتلى من 4 إلى 6                                                     | COUNT=4 COUNT=6
            ما لا يقل عن 12 قتيلا وأقل من 10 جرحى                                           | COUNT=12.. COUNT=0..9
            ٣ قتلى و١٢ جريحاً                                                               | COUNT=3 COUNT=12
            ب3 قذائف                                                                        | COUNT=3
            طائرة F16                                                                       | NAME=16
            بين 2021-2022                                                                   | YEAR=2021 YEAR=2022
            إصابة عشرات المدنيين                                                            | COUNT=10
            ثلاث سيدات                                                                      | COUNT=3
            يوم الاثنين في كانون الثاني                                                      | -
            لم يصب أحد بأذى                                                                 | -
            عناصر الفرقة 17 واللواء 93                                                      | NAME=17 NAME=93
            في الساعة الثالثة فجراً                                                          | ORDINAL=3
            في الحادي والعشرين من يناير                                                      | ORDINAL=21
            مدفع عيار 23 ملم                                                                | CALIBRE=23
            قتل 5 أشخاص وأصيب 10 آخرون في انفجار سيارة مفخخة                                 | COUNT=5 COUNT=10
            ارتفاع حصيلة الضحايا إلى 25 قتيلاً و40 جريحاً                                    | COUNT=25 COUNT=40
            هاتف: 00963933123456                                                            | PHONE=963933123456
            قتل 7 من عناصر قسد في 2022/05/14                                                | COUNT=7 DATE_PART=2022 DATE_PART=5 DATE_PART=14
            """)
    void findsEveryNumberWithItsKind(String sentence, String expected) {
        assertEquals(expected, signature(N.normalize(sentence)));
    }

    /** Every number in each seed, in order, written from reading the articles. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            000_10540df14f6fc042 | COUNT=6 COUNT=3 COUNT=6 COUNT=3 COUNT=900 COUNT=199 YEAR=2022 COUNT=148 COUNT=54 COUNT=93
            001_040cf81d154c6964 | COUNT=6 COUNT=2 ISOLATED=17 COUNT=6 COUNT=10 COUNT=1 COUNT=3 COUNT=62000 COUNT=30..40 COUNT=6 YEAR=2014 YEAR=2019 COUNT=500 COUNT=374 COUNT=10 COUNT=3
            002_225182bcdbf2fae4 | ISOLATED=47 COUNT=900 COUNT=6 COUNT=3 COUNT=900
            003_5349be87dbcac639 | YEAR=2022 NAME=24 COUNT=3 COUNT=1 DATE_PART=19 COUNT=10 ORDINAL=1 COUNT=3.. COUNT=1 COUNT=1000 COUNT=4000 COUNT=50 MEASURE=1
            004_2d34422f699394eb | COUNT=23 COUNT=3 HANDLE_OR_URL=7 HANDLE_OR_URL=525 HANDLE_OR_URL=5 HANDLE_OR_URL=4 HANDLE_OR_URL=2 HANDLE_OR_URL=8 DATE_PART=21 YEAR=2022 COUNT=7 COUNT=89 HANDLE_OR_URL=2 DATE_PART=21 YEAR=2022 COUNT=26.. COUNT=18 COUNT=16.. HANDLE_OR_URL=89 HANDLE_OR_URL=5 DATE_PART=21 YEAR=2022
            """)
    void findsEveryNumberInTheSeeds(String seed, String expected) throws IOException {
        assertEquals(expected, signature(N.normalize(Files.readString(Path.of("seeds", seed + ".txt")))));
    }

    static String signature(NormalizedText t) {
        String s = P.find(t).stream().map(m -> m.kind() + "=" + (m.count().value() != null ? m.count().value()
                : m.count().low() + ".." + (m.count().high() == null ? "" : m.count().high()))).collect(Collectors.joining(" "));
        return s.isEmpty() ? "-" : s;
    }

    @Test
    void mentionQuotesTheOriginalWithItsQualifier() {
        String original = "حيث يأوي نحو ٩٠٠ سجين";
        NumberMention m = P.find(N.normalize(original)).get(0);
        assertEquals("نحو ٩٠٠", m.original().quote(original));
        assertEquals("number.digits+qualifier", m.rule());
        assertTrue(m.isCount());
    }

    @Test
    void isolatedLineNumberIsPageFurniture() {
        NumberMention m = P.find(N.normalize("عنوان الخبر\n\n17\n\nنص الخبر")).get(0);
        assertEquals(NumberKind.ISOLATED, m.kind());
        assertEquals(17L, m.count().value());
    }

    @Test
    void patternFindsCandidatesThatParseConfirms() {
        var m = Pattern.compile(P.pattern()).matcher(N.key("فرار أكثر من 25 عنصرًا وقتل ثلاثة آلاف وخمسمئة"));
        assertTrue(m.find());
        assertEquals(Optional.of(Count.moreThan(25)), P.parse(m.group()));
        assertTrue(m.find());
        assertEquals(Optional.of(Count.exact(3500)), P.parse(m.group()));
    }

    @Test
    void countConventions() {
        assertEquals(new Count(null, 26, null, Qualifier.AT_LEAST), Count.moreThan(25));
        assertEquals(new Count(null, 0, 9L, Qualifier.AT_MOST), Count.lessThan(10));
        assertEquals(26, Count.moreThan(25).best());
        assertEquals(900, Count.approximately(900).best());
    }
}
