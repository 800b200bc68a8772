package org.sijill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountNounsTest {

    static final CountNouns NOUNS = CountNouns.standard();

    /** The count the noun's form carries (docs/arabic-text.md §2.3-2.4), including every such noun in the seeds. */
    @ParameterizedTest(name = "{0} = {4} {1} [{2}, {3}]")
    @CsvSource(delimiter = '|', textBlock = """
            عنصرين      | 2 | 2 | 2 | EXACT
            عنصران      | 2 | 2 | 2 | EXACT
            وعنصرين     | 2 | 2 | 2 | EXACT
            مقاتلَين    | 2 | 2 | 2 | EXACT
            للمقاتلَين  | 2 | 2 | 2 | EXACT
            مُقاتِلَيْن | 2 | 2 | 2 | EXACT
            سيدتان      | 2 | 2 | 2 | EXACT
            سيدتين      | 2 | 2 | 2 | EXACT
            قتيلين      | 2 | 2 | 2 | EXACT
            قتيلان      | 2 | 2 | 2 | EXACT
            طفلين       | 2 | 2 | 2 | EXACT
            جنديين      | 2 | 2 | 2 | EXACT
            امرأتين     | 2 | 2 | 2 | EXACT
            شخصين       | 2 | 2 | 2 | EXACT
            جريحين      | 2 | 2 | 2 | EXACT
            مدنيان      | 2 | 2 | 2 | EXACT
            طفل         | 1 | 1 | 1 | EXACT
            وطفل        | 1 | 1 | 1 | EXACT
            قيادي       | 1 | 1 | 1 | EXACT
            وقيادي      | 1 | 1 | 1 | EXACT
            عنصر        | 1 | 1 | 1 | EXACT
            عنصرًا      | 1 | 1 | 1 | EXACT
            مقاتلًا     | 1 | 1 | 1 | EXACT
            مهاجما      | 1 | 1 | 1 | EXACT
            انتحاريا    | 1 | 1 | 1 | EXACT
            شاب         | 1 | 1 | 1 | EXACT
            أجنبي       | 1 | 1 | 1 | EXACT
            سجين        | 1 | 1 | 1 | EXACT
            مدني        | 1 | 1 | 1 | EXACT
            مقاتلِين    |   | 3 |   | VAGUE
            عناصر       |   | 3 |   | VAGUE
            قتلى        |   | 3 |   | VAGUE
            القتلى      |   | 3 |   | VAGUE
            أطفال       |   | 3 |   | VAGUE
            أشخاص       |   | 3 |   | VAGUE
            سجناء       |   | 3 |   | VAGUE
            قياديين     |   | 2 |   | AT_LEAST
            مقاتلين     |   | 2 |   | AT_LEAST
            مدنيين      |   | 2 |   | AT_LEAST
            المدنيين    |   | 2 |   | AT_LEAST
            مسلحين      |   | 2 |   | AT_LEAST
            """)
    void countsCarriedByTheNoun(String word, Long value, long low, Long high, Qualifier q) {
        assertEquals(Optional.of(new Count(value, low, high, q)), NOUNS.count(word));
    }

    /** A definite singular refers back ("the member"), and these are not counted nouns at all. */
    @ParameterizedTest
    @ValueSource(strings = {"العنصر", "الطفل", "القيادي", "قتل", "مقتل", "الاثنين", "سجن", "قسد", "داعش", "مقاتلة"})
    void carriesNoCount(String word) {
        assertEquals(Optional.empty(), NOUNS.count(word));
    }

    @ParameterizedTest(name = "{0} is a form of the {1} noun")
    @CsvSource(delimiter = '|', textBlock = """
            عنصرين    | COMBATANT | DUAL
            سيدتان    | WOMAN     | DUAL
            وطفل      | CHILD     | SINGULAR
            مدنيين    | CIVILIAN  | DUAL_OR_PLURAL
            قتلى      | PERSON    | PLURAL
            للعناصر   | COMBATANT | PLURAL
            مواطنة    | WOMAN     | SINGULAR
            تاجر      | CIVILIAN  | SINGULAR
            ومعلماً   | CIVILIAN  | SINGULAR
            سائقين    | CIVILIAN  | DUAL_OR_PLURAL
            """)
    void knowsTheClassAndForm(String word, CountNouns.NounClass nounClass, CountNouns.Form form) {
        CountNouns.Match m = NOUNS.match(word).orElseThrow();
        assertEquals(nounClass, m.noun().nounClass());
        assertEquals(form, m.form());
    }

    @Test
    void numberParserDelegatesWithTheLemma() {
        CountNoun member = NOUNS.lemma("عنصر").orElseThrow();
        assertEquals(Optional.of(Count.exact(2)), NumberParser.standard().nounCount("عنصرين", member));
        assertEquals(Optional.empty(), NumberParser.standard().nounCount("سيدتين", member));
    }

    @Test
    void diacriticsDecideTheAmbiguousForm() {
        assertEquals(CountNouns.Form.DUAL, NOUNS.dualByDiacritics("مقاتلَين"));
        assertEquals(CountNouns.Form.PLURAL, NOUNS.dualByDiacritics("مقاتلِين"));
        assertEquals(CountNouns.Form.DUAL_OR_PLURAL, NOUNS.dualByDiacritics("مقاتلين"));
    }

    @Test
    void seedDualReadFromTheCleanView() {
        ArabicNormalizer n = ArabicNormalizer.standard();
        String original = "أن خلية للتنظيم مكوّنة من مقاتلَين تمكنا من اقتحام مركز";
        NormalizedText t = n.normalize(original);
        int at = t.key().indexOf("مقاتلين");
        String clean = t.cleanOf(at, at + "مقاتلين".length());
        assertEquals("مقاتلَين", clean);
        assertEquals(Optional.of(Count.exact(2)), NOUNS.count(clean));
        assertEquals(Optional.of(Count.atLeast(2)), NOUNS.count(t.key().substring(at, at + 7)));
    }
}
