package org.sijill.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "واعتقال آخر": one more, on the side of the figure before it in its sentence. Expectations are written from the
 * Arabic.
 */
class AnotherFigureTest {

    private static final AnotherFigure ANOTHER = new AnotherFigure(RuleInput.LEXICON);

    private static String read(String marked) {
        return RuleInput.of(marked).figure((r, hit, out) -> ANOTHER.read(r, hit, hit.to(), out));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            وأسفرت الاشتباكات عن مقتل عنصر من قسد، [واعتقال] آخر.              | sdf ARRESTED 1 another
            قتل مدني برصاص مجهولين، [وأصيب] آخر بجروح.                         | civilians INJURED 1 another
            """)
    void countsOneMoreOfTheSameSide(String marked, String expected) {
        assertEquals(expected, read(marked));
    }

    /** No figure before it, one in another sentence, or no "آخر" after the word. */
    @ParameterizedTest
    @ValueSource(strings = {
            "[واعتقال] آخر في المدينة.",
            "قتل عنصر من قسد في الهجوم. وجرى [اعتقال] آخر في المدينة.",
            "وأسفرت الاشتباكات عن مقتل عنصر من قسد، [واعتقال] شاب من البلدة." })
    void countsNoneWithoutAFigureBefore(String marked) {
        assertEquals("", read(marked));
    }
}
