package org.sijill.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The place and date of the marked event word's clause; "{...}" marks the expected place name or date. Expectations
 * are written from the Arabic.
 */
class EventSettingTest {

    /** The place's name (key form, clitics removed), or null. */
    private static String place(RuleInput in, boolean afterFirstEvent) {
        var p = EventSetting.placeOf(in.tokens(), in.marked(), in.marked() + 1, in.places(), afterFirstEvent);
        return p == null ? null : p.surfaceKey();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            أصيب أربعة مدنيين [بقصف] مدفعي على مدينة {الباب}.                         | false
            في بلدة {ذيبان} [اندلعت] اشتباكات عنيفة بين العشائر وقسد.                  | false
            وفي مدينة {الباب} أيضاً، [اختطف] مسلحون مجهولون تاجر مواشٍ.                 | false
            وتأتي [غارة] أخرى بعد يومين من قصف مدفعي استهدف مدينة {منبج}.              | true
            وتأتي [الغارة] بعد يومين من قصف مدفعي استهدف مدينة {منبج}.                 | false
            """)
    void findsThePlaceOfTheClause(String marked, boolean afterFirstEvent) {
        var in = RuleInput.of(marked);
        assertEquals(in.expected(), place(in, afterFirstEvent));
    }

    /**
     * A place in another clause, a country, or (after the first event) a place well after a definite word, which
     * names the event already told.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            وعن أسباب [الهجوم] قالت الوكالة، إنه جاء ردا على اعتقالات في مخيم الهول.   | false
            [قصفت] القوات التركية مواقع في سوريا.                                      | false
            وتأتي [الغارة] بعد يومين من قصف مدفعي استهدف مدينة منبج.                   | true
            """)
    void findsNoPlaceOutsideTheClause(String marked, boolean afterFirstEvent) {
        assertNull(place(RuleInput.of(marked), afterFirstEvent));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "قال المرصد اليوم الأربعاء، إن خلايا التنظيم [هاجمت] سجن غويران {مساء أمس}.",
            "{مساء أمس}، [قصفت] القوات التركية قرية زور مغار." })
    void findsTheDateOfTheClauseElseOfTheSentence(String marked) {
        var in = RuleInput.of(marked);
        var d = EventSetting.dateFor(in.tokens(), in.marked(), in.dates());
        assertEquals(in.expected(), d == null ? null : in.key(d.key().start(), d.key().end()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "قتل مدني في مدينة الرقة مساء أمس. وقال المصدر إن طفلاً [أصيب] بجروح في القرية." })
    void findsNoDateInAnotherSentence(String marked) {
        var in = RuleInput.of(marked);
        assertNull(EventSetting.dateFor(in.tokens(), in.marked(), in.dates()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            اعتقلت قسد 41 شخصاً في شهر أيلول الماضي.   | true
            شن التنظيم هجوماً على السجن عام 2019.       | true
            قتل مدني مساء أمس.                          | false
            قتل مدني يوم الأحد 9 شباط 2025.             | false
            """)
    void tellsMonthsAndYearsFromDays(String text, boolean coarse) {
        assertEquals(coarse, EventSetting.isCoarse(RuleInput.of(text).dates().get(0)));
    }

    /** Two dates may be one day: yesterday and 19 November (published the 20th) are; yesterday and today are not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            قتل مدني مساء أمس، يوم الثلاثاء 19 تشرين الثاني 2024.   | true
            قتل مدني في وقت سابق من الشهر الجاري، مساء أمس.          | true
            قتل مدني مساء أمس، وأصيب آخر اليوم.                     | false
            """)
    void tellsWhetherTwoDatesMayBeOneDay(String text, boolean overlap) {
        var dates = RuleInput.of(text).dates();
        assertEquals(overlap, EventSetting.overlap(dates.get(0), dates.get(dates.size() - 1)), dates.toString());
    }
}
