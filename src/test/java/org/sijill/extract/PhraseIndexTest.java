package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseIndexTest {

    private static PhraseIndex<String> index() {
        var index = new PhraseIndex<String>();
        for (String s : new String[] {"دير الزور", "دير الزور 24", "الرقة", "قوات سوريا الديمقراطية"}) {
            index.put(TestKeys.key(s), s);
        }
        return index;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            قالت شبكة “دير الزور 24” المحلية          | 2 | 5
            في محافظة دير الزور شرقي سوريا             | 2 | 4
            ارتفع عدد قتلى قوات سوريا الديمقراطية إلى 6 | 3 | 6
            بالرقة                                       | 0 | 1
            """)
    void findsTheLongestPhraseAtAToken(String text, int first, int last) {
        var hits = index().findAll(KeyText.of(TestKeys.key(text)), true);
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(first, hits.get(0).first());
        assertEquals(last, hits.get(0).last());
    }

    @ParameterizedTest
    @ValueSource(strings = {"دير، الزور", "سوريا الديمقراطية", "الرقيب"})
    void needsWholeTokensJoinedBySpaces(String text) {
        assertTrue(index().findAll(KeyText.of(TestKeys.key(text)), true).isEmpty());
    }

    @Test
    void reportsTheSpanWithoutClitics() {
        String key = TestKeys.key("وبالرقة");
        var hit = index().longestAt(KeyText.of(key), 0, true).orElseThrow();
        assertEquals("الرقه", key.substring(hit.start(), hit.end()));
        assertEquals("وب", hit.clitics());
    }
}
