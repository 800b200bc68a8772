package org.sijill.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the count of an event noun stands. Expectations are written from the Arabic. */
class EventNounFiguresTest {

    private static final EventNounFigures NOUNS = new EventNounFigures(RuleInput.LEXICON,
            new CountReader(RuleInput.LEXICON), new AnotherFigure(RuleInput.LEXICON));

    private static String read(String marked) {
        return RuleInput.of(marked).figure(NOUNS::read);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            أعلنت المصادر [مقتل] عنصرين من خلايا تنظيم الدولة الإسلامية.              | isis KILLED 2 event-noun
            وتحدثت الأنباء عن [فرار] أكثر من 25 عنصرا من التنظيم.                       | isis ESCAPED 26+ event-noun
            أعلنت الداخلية [القبض] على خلية تابعة لتنظيم داعش مؤلفة من 5 أشخاص.         | isis ARRESTED 5 group-of
            شنت قسد [حملة دهم] في المنطقة مطلع الشهر الجاري، طالت 15 شخصاً.             | - ARRESTED 15 campaign-reach
            وتمكن 15 عنصراً من التنظيم من [الفرار] من السجن.                           | isis ESCAPED 15 managed-to
            وأسفرت الاشتباكات عن مقتل عنصر من قسد، [واعتقال] آخر.                       | sdf ARRESTED 1 another
            """)
    void readsTheCountOfTheEvent(String marked, String expected) {
        assertEquals(expected, read(marked));
    }

    /**
     * A count of something else (houses), a count in another sentence, those who fled not counted, a definite plural
     * (people in general: "تحييد المدنيين" is sparing them).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "وشهدت المدينة [اعتقالات] متكررة، وطالت الأضرار 3 منازل في الحي.",
            "شنت قسد [حملة دهم] في القرية. وطالت الأضرار 15 منزلاً.",
            "وتمكن السجناء من [الفرار] من السجن.",
            "ودعا وجهاء العشائر إلى [تحييد] المدنيين عن القتال." })
    void readsNothingElse(String marked) {
        assertEquals("", read(marked));
    }
}
