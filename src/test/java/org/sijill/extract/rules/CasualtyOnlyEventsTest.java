package org.sijill.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijill.extract.model.IncidentMention.Role;

/** The events told only by a casualty figure. Expectations are written from the Arabic. */
class CasualtyOnlyEventsTest {

    private static List<EventCandidate> events(RuleInput in, List<EventCandidate> before, Set<Integer> skip) {
        var candidates = new ArrayList<>(before);
        CasualtyOnlyEvents.add(in.tokens(), candidates, in.places(), in.dates(), in.figures(), skip);
        return candidates.subList(before.size(), candidates.size());
    }

    /** "SUB_EVENT_TYPE ROLE" per event, joined with "; ". */
    private static String read(String text) {
        var out = new StringBuilder();
        for (EventCandidate c : events(RuleInput.of(text), List.of(), Set.of())) {
            out.append(out.isEmpty() ? "" : "; ").append(c.subEventType()).append(' ').append(c.role());
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            قتل مدني برصاص مجهولين في بلدة الصبحة بريف دير الزور الشرقي.                 | ATTACK REPORTS
            اعتقلت قسد 5 أشخاص في بلدة ذيبان.                                            | ARRESTS REPORTS
            قتل عنصران من قسد في بلدة ذيبان.                                             | ARMED_CLASH REPORTS
            قتل مدني وأصيب عنصران من قسد في بلدة الصبحة.                                  | ATTACK REPORTS
            قتل مدني في بلدة الصبحة. واعتقلت قسد 5 أشخاص في بلدة ذيبان.                   | ATTACK REPORTS; ARRESTS REPORTS
            قتل مدني في بلدة الصبحة مساء أمس. وكانت قسد قد اعتقلت 41 شخصاً في شهر أيلول الماضي. | ATTACK REPORTS; ARRESTS REFERENCES
            """)
    void makesOneEventPerSentenceOfFigures(String text, String expected) {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "قتل مدني برصاص مجهولين في بلدة {ذيبان} بريف دير الزور الشرقي." })
    void placesTheEventInItsSentence(String marked) {
        var in = RuleInput.of(marked);
        assertEquals(in.expected(), events(in, List.of(), Set.of()).get(0).place().surfaceKey());
    }

    /** A country says nothing about where in it. */
    @ParameterizedTest
    @ValueSource(strings = { "قتل مدني في سوريا." })
    void leavesACountryOut(String text) {
        assertNull(events(RuleInput.of(text), List.of(), Set.of()).get(0).place());
    }

    /** A tally over many events tells of none. */
    @ParameterizedTest
    @ValueSource(strings = { "ترتفع حصيلة القتلى في مناطق نفوذ الإدارة الذاتية منذ مطلع العام إلى 91 شخصاً." })
    void makesNoEventOfATally(String text) {
        assertEquals("", read(text));
    }

    @Test
    void makesNoEventWhereAnEventWordHasOne() {
        var in = RuleInput.of("قتل عنصران من قسد بهجوم على حاجز في بلدة ذيبان.");
        var told = new EventCandidate(4, 5, "BATTLES", "ARMED_CLASH", 3, Role.REPORTS, null, null, 0);
        assertEquals(List.of(), events(in, List.of(told), Set.of()));
    }

    @Test
    void makesNoEventInASentenceSkipped() {
        assertEquals(List.of(), events(RuleInput.of("قتل عنصران من قسد في بلدة ذيبان."), List.of(), Set.of(0)));
    }
}
