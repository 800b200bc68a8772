package org.sijill.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the count of a noun for the people harmed stands, and which figure "بين الجرحى" is part of. Expectations are
 * written from the Arabic.
 */
class PersonNounFiguresTest {

    private static final PersonNounFigures NOUNS = new PersonNounFigures(RuleInput.LEXICON,
            new CountReader(RuleInput.LEXICON));

    private static String read(String marked) {
        return RuleInput.of(marked).figure(NOUNS::read);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            وقالت قسد إن الهجوم خلف حوالي 500 [قتيلا].                                  | - KILLED 500 number-before-noun
            أسفرت الغارات عن سقوط 9 [قتلى] في ريف إدلب.                                  | - KILLED 9 number-before-noun
            عثر الأهالي على [جثث] 3 أشخاص مجهولي الهوية قرب بلدة الهول.                  | - KILLED 3 noun-of
            وقال المرصد إن من بين [القتلى] ثلاثة عناصر من قوى الأمن الداخلي.            | asayish KILLED 3 among
            أصيب تسعة مدنيين بجروح في القصف. وقال المصدر إن بين [الجرحى] ثلاثة أطفال.   | civilians INJURED 3 <0 among
            أسفر القصف عن سقوط [قتيلين] في القرية.                                      | - KILLED 2 noun-count
            """)
    void readsTheCountOfTheNoun(String marked, String expected) {
        assertEquals(expected, read(marked));
    }

    /** Among the wounded: not part of the dead, nor of fewer wounded than they are. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            قتل خمسة مدنيين في القصف. وقال المصدر إن بين [الجرحى] ثلاثة أطفال.         | civilians INJURED 3 among
            أصيب شخصان بجروح في القصف. وقال المصدر إن بين [الجرحى] ثلاثة أطفال.        | civilians INJURED 3 among
            """)
    void leavesAmongWithoutAWhole(String marked, String expected) {
        assertEquals(expected, read(marked));
    }

    /** A definite dual or plural with no number names people already counted or known: it counts no one more. */
    @ParameterizedTest
    @ValueSource(strings = {
            "وأضاف المصدر أن [الجريحين] نقلا إلى مشفى البلدة وحالة أحدهما خطرة.",
            "وأضاف المصدر أن [القتلى] من أبناء البلدة." })
    void readsNothingElse(String marked) {
        assertEquals("", read(marked));
    }
}
