package org.sijill.extract.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which event words carry the article, and so name an event the reader already knows of. */
class EventSeparationTest {

    private static boolean definite(String word) {
        return EventSeparation.definite(Tokens.of(RuleInput.KEY.apply(word)), 0);
    }

    @ParameterizedTest
    @ValueSource(strings = { "الهجوم", "والغارة", "فالانفجار", "بالقصف", "وبالهجوم" })
    void findsTheArticle(String word) {
        assertTrue(definite(word), word);
    }

    /** No article, or too short a word for "ال" to be one ("إلى", "ألف"). */
    @ParameterizedTest
    @ValueSource(strings = { "هجوم", "وغارة", "بقصف", "إلى", "ألف" })
    void findsNoArticle(String word) {
        assertFalse(definite(word), word);
    }
}
