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

    /** After ل the article's alef is not written: "للهجوم" is ل + الهجوم. */
    @ParameterizedTest
    @ValueSource(strings = { "الهجوم", "والغارة", "فالانفجار", "بالقصف", "وبالهجوم", "للهجوم", "وللهجوم", "فللقصف",
            "كالهجوم" })
    void findsTheArticle(String word) {
        assertTrue(definite(word), word);
    }

    /**
     * No article ("لهجوم" is ل + هجوم; in "لالتفاف", ل + التفاف, the alef is the verbal noun's own), or too short a
     * word for "ال" to be one ("إلى", "ألف", "والدة", "بالغة").
     */
    @ParameterizedTest
    @ValueSource(strings = { "هجوم", "وغارة", "بقصف", "لهجوم", "ولهجوم", "لالتفاف", "إلى", "ألف", "والدة", "بالغة" })
    void findsNoArticle(String word) {
        assertFalse(definite(word), word);
    }
}
