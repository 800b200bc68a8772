package org.sijill.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whether the marked event word only refers in passing to another event. Expectations are written from the Arabic. */
class PassingReferencesTest {

    private static final PassingReferences REFERENCES = new PassingReferences(RuleInput.KEY);

    private static boolean refers(String marked) {
        var in = RuleInput.of(marked);
        return REFERENCES.marked(in.tokens(), in.marked(), REFERENCES.markedSentences(in.tokens()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "اندلعت اشتباكات في بلدة ذيبان على خلفية [اعتقال] قسد شاباً من أبناء البلدة.",
            "ويأتي هذا الاعتداء بعد أيام من مقتل أربعة عسكريين بانفجار [لغم] في بادية السخنة.",
            "وتعود جذور التوتر إلى [حملة] دهم واعتقالات نفذتها قسد في المنطقة.",
            "يذكر أن التنظيم شن [هجوما] على سجن غويران مطلع العام.",
            "وقتل ثلاثة عناصر بعد [الهجوم] على الحاجز." })
    void marksPassingReferences(String marked) {
        assertTrue(refers(marked), marked);
    }

    /** A marker after the word, in another sentence, or too far before it says nothing about it. */
    @ParameterizedTest
    @ValueSource(strings = {
            "[هاجمت] خلايا التنظيم نقطة عسكرية في بادية الميادين.",
            "شنت خلايا التنظيم [هجوماً] على حاجز لقسد بعد منتصف الليل.",
            "وتعود جذور التوتر إلى خلاف قديم. واندلعت [اشتباكات] في بلدة ذيبان.",
            "وبعد منتصف الليل شنت خلايا التنظيم المتمركزة في البادية [هجوماً] على حاجز لقسد." })
    void leavesReportsAlone(String marked) {
        assertFalse(refers(marked), marked);
    }

    /** After the article's first event, a date of only a month or a year makes an event background. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            وكانت قسد قد اعتقلت 41 شخصاً في شهر أيلول الماضي.  | true  | true
            وكانت قسد قد اعتقلت 41 شخصاً في شهر أيلول الماضي.  | false | false
            وشن التنظيم هجوماً على السجن عام 2019.               | true  | true
            قتل مدني مساء أمس في القرية.                         | true  | false
            قتل مدني يوم الأحد 9 شباط 2025 في القرية.            | true  | false
            قتل مدني في القرية.                                  | true  | false
            """)
    void makesCoarselyDatedLaterEventsBackground(String text, boolean afterFirstEvent, boolean expected) {
        var dates = RuleInput.of(text).dates();
        assertEquals(expected, PassingReferences.background(dates.isEmpty() ? null : dates.get(0), afterFirstEvent));
    }
}
