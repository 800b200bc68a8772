package org.sijill.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sijill.extract.model.IncidentMention.Role;
import org.sijill.extract.places.PlaceMatch;

/**
 * Which event candidates are one event: one candidate per sentence, at the first place its sentence names (none if
 * it names none), dated as its clause says, of the type in the table. Expectations are written from the Arabic.
 */
class EventMergerTest {

    private static int events(String text, String firstType, String secondType) {
        var in = RuleInput.of(text);
        Tokens t = in.tokens();
        var candidates = new ArrayList<EventCandidate>();
        String[] types = { firstType, secondType };
        for (int s = 0; s < t.sentenceCount() && s < types.length; s++) {
            int from = t.firstOfSentence(s);
            PlaceMatch place = null;
            for (PlaceMatch p : in.places()) {
                if (place == null && t.get(t.indexAt(p.start())).sentence() == s) {
                    place = p;
                }
            }
            candidates.add(new EventCandidate(from, from + 1, types[s], types[s] + "_SUB", 3, Role.REPORTS, place,
                    EventSetting.dateFor(t, from, in.dates()), s));
        }
        return EventMerger.merge(t, candidates, in.places().isEmpty() ? null : in.places().get(0)).size();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            اندلعت اشتباكات في مدينة الباب. وتجددت الاشتباكات في مدينة الباب.                  | BATTLES | BATTLES | 1
            اندلعت اشتباكات في حي الانتفاضة بمدينة الرقة. وتجددت الاشتباكات في مدينة الرقة.    | BATTLES | BATTLES | 1
            اندلعت اشتباكات في مدينة الباب. وقتل فيها عنصران.                                  | BATTLES | BATTLES | 1
            اندلعت اشتباكات في ريف حلب الشرقي. وتجددت الاشتباكات في مدينة منبج.                | BATTLES | BATTLES | 1
            """)
    void mergesOneEventToldTwice(String text, String firstType, String secondType, int expected) {
        assertEquals(expected, events(text, firstType, secondType));
    }

    /** Two towns, two governorates, another type at a vaguer place, another day. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            اندلعت اشتباكات في مدينة الباب. وتجددت الاشتباكات في مدينة منبج.                     | BATTLES | BATTLES                    | 2
            اندلعت اشتباكات في ريف الحسكة. وتجددت الاشتباكات في ريف دير الزور.                   | BATTLES | BATTLES                    | 2
            اندلعت اشتباكات في ريف حلب الشرقي. وقصفت القوات التركية مدينة منبج.                  | BATTLES | EXPLOSIONS_REMOTE_VIOLENCE | 2
            اندلعت اشتباكات في مدينة الباب مساء أمس. وتجددت الاشتباكات في مدينة الباب اليوم.     | BATTLES | BATTLES                    | 2
            """)
    void keepsDifferentEventsApart(String text, String firstType, String secondType, int expected) {
        assertEquals(expected, events(text, firstType, secondType));
    }
}
