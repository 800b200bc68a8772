package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            عناصر لـ”قسد” في الرقة                | عناصر ل قسد في الرقه
            قتـ ـلـ ـى “قسد” إلى 6                | قتلي قسد الي 6
            خلايا د١عش                             | خلايا داعش
            شبكة “دير الزور 24” المحلية           | شبكه دير الزور 24 المحليه
            18 SDF security forces                 | 18 SDF security forces
            """)
    void tokenizesKeyText(String text, String tokens) {
        KeyText t = KeyText.of(TestKeys.key(text));
        var out = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            out.append(i > 0 ? " " : "").append(t.token(i));
        }
        assertEquals(tokens, out.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            تنظيم “الدولة”      | 0 | true
            الرقة، الحسكة        | 0 | false
            قال: المرصد          | 0 | false
            """)
    void joinsOnlyAcrossSpacesAndQuotes(String text, int token, boolean joins) {
        assertEquals(joins, KeyText.of(TestKeys.key(text)).joinsNext(token));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            بالرقة     | 1 | الرقه
            للرقة      | 1 | الرقه
            والتحالف   | 1 | التحالف
            لقسد       | 1 | قسد
            وبمدينة    | 2 | مدينه
            """)
    void readsProclitics(String token, int prefix, String rest) {
        List<Proclitics.Reading> readings = Proclitics.readings(TestKeys.key(token));
        assertTrue(readings.contains(new Proclitics.Reading(prefix, rest)), readings.toString());
        assertEquals(TestKeys.key(token), readings.get(0).rest(), "the token itself is always tried first");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            الباغوز    | 2 | باغوز
            بالشحيل    | 3 | شحيل
            للباغوز    | 2 | باغوز
            """)
    void readsWithoutArticle(String token, int prefix, String rest) {
        assertTrue(Proclitics.readingsWithoutArticle(TestKeys.key(token)).contains(new Proclitics.Reading(prefix, rest, true)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"في", "بل", "لا"})
    void keepsWordsWhoseRestWouldBeOneLetter(String token) {
        assertEquals(1, Proclitics.readings(token).size());
    }
}
