package org.sijill.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whom a casualty verb harmed: its object after it, else the count before it. Expectations are written from the
 * Arabic.
 */
class VerbFiguresTest {

    private static final VerbFigures VERBS = new VerbFigures(RuleInput.LEXICON, new CountReader(RuleInput.LEXICON),
            new AnotherFigure(RuleInput.LEXICON));

    private static String read(String marked) {
        return RuleInput.of(marked).figure(VERBS::read);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            [قتلت] قوات سوريا الديمقراطية 23 مقاتلا من تنظيم الدولة في اشتباكات.      | isis KILLED 23 verb-object
            [اختطف] مسلحون مجهولون مساء أمس فتاة في حي الرميلة.                       | civilians ARRESTED 1 verb-object
            [اغتال] مسلحون مجهولون قيادياً في مجلس دير الزور العسكري بمدينة الشحيل.    | deir-ez-zor-military-council KILLED 1 verb-object
            وذكر مصدر عسكري أن 7 عناصر من قسد [قتلوا] في الهجوم.                     | sdf KILLED 7 verb-subject
            وقال المصدر إن امرأة [فارقت] الحياة متأثرة بجراحها.                        | civilians KILLED 1 verb-subject
            وأسفرت الاشتباكات عن مقتل عنصر من قسد، [واعتقل] آخر.                       | sdf ARRESTED 1 another
            """)
    void readsWhomTheVerbHarmed(String marked, String expected) {
        assertEquals(expected, read(marked));
    }

    /**
     * No count of those harmed: a noun further on is an adjective of something else ("بهجوم مسلح"), and the subject of
     * the verb is who acted, not whom it hit.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "مواطن متأثراً بجراحه التي [أصيب] بها قبل أيام بهجوم مسلح",
            "[قتل] مسلحون مجهولون، ثم فروا إلى جهة مجهولة." })
    void readsNothingOutOfReach(String marked) {
        assertEquals("", read(marked));
    }
}
