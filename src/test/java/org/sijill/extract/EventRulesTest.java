package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijill.extract.model.IncidentMention;

/**
 * How an article's event words become events: two events in one town stay apart when their kinds or days differ,
 * one event told in several sentences stays one. Expectations are written from the Arabic.
 */
class EventRulesTest {

    private static final RuleExtractor EXTRACTOR = ExtractBeans.standard();

    /** "ROLE SUB_EVENT_TYPE start", one per event, joined with "; ". */
    private static String read(String text) {
        return EXTRACTOR.extract(text, Optional.empty()).incidents().stream().map(EventRulesTest::compact)
                .collect(Collectors.joining("; "));
    }

    private static String compact(IncidentMention m) {
        return m.role() + " " + m.subEventType() + " " + m.date().start();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            قتل ثلاثة مدنيين بانفجار سيارة مفخخة في مدينة تل أبيض. وشنت الفصائل حملة دهم في الأحياء المجاورة اعتقلت خلالها خمسة شبان. | REPORTS REMOTE_EXPLOSIVE_LANDMINE_IED null; REPORTS ARRESTS null
            أصيب أربعة مدنيين بقصف مدفعي على مدينة الباب. وفي مدينة الباب أيضاً، اختطف مسلحون مجهولون تاجر مواشٍ.   | REPORTS SHELLING_ARTILLERY_MISSILE_ATTACK null; REPORTS ABDUCTION_FORCED_DISAPPEARANCE null
            هاجمت خلايا التنظيم نقطة عسكرية في بادية الميادين. ويأتي هذا الاعتداء بعد أيام من مقتل أربعة عسكريين وإصابة اثنين آخرين، بانفجار لغم في بادية السخنة. | REPORTS ARMED_CLASH null; REFERENCES REMOTE_EXPLOSIVE_LANDMINE_IED null
            اندلعت اشتباكات في بلدة ذيبان على خلفية اعتقال قسد شاباً من أبناء البلدة.   | REPORTS ARMED_CLASH null; REFERENCES ARRESTS null
            عثر على جثة امرأة مقتولة في مخيم الهول اليوم الأحد 9 شباط 2025. وكانت قوى الأمن الداخلي قد اعتقلت في شهر أيلول الماضي 41 شخصاً في المخيم. | REPORTS ATTACK 2025-02-09; REFERENCES ARRESTS 2024-09-01
            شنت خلايا التنظيم هجوماً على حاجز لقسد في بلدة ذيبان بريف دير الزور. وأصيب مدنيان بانفجار لغم في مدينة الرقة. وتبنى التنظيم الهجوم على الحاجز. | REPORTS ARMED_CLASH null; REPORTS REMOTE_EXPLOSIVE_LANDMINE_IED null
            شنت خلايا التنظيم هجوماً على حاجز لقسد في بلدة ذيبان بريف دير الزور. وأصيب مدنيان بانفجار لغم في مدينة الرقة. وتصدت قسد للهجوم على الحاجز. | REPORTS ARMED_CLASH null; REPORTS REMOTE_EXPLOSIVE_LANDMINE_IED null
            اندلعت مواجهات في بلدة ذيبان. وتعود جذور التوتر إلى حملة دهم واعتقالات نفذتها قسد في المنطقة.          | REPORTS ARMED_CLASH null; REFERENCES ARRESTS null
            قتل مدني بانفجار سيارة مفخخة في مدينة تل أبيض اليوم الثلاثاء 19 تشرين الثاني 2024. وفي السياق ذاته، قصفت القوات التركية قرية زور مغار. وكانت قذيفة قد سقطت مساء أمس على منزل في قرية زور مغار. | REPORTS REMOTE_EXPLOSIVE_LANDMINE_IED 2024-11-19; REPORTS SHELLING_ARTILLERY_MISSILE_ATTACK 2024-11-19; REPORTS SHELLING_ARTILLERY_MISSILE_ATTACK 2024-11-18
            """)
    void keepsDifferentEventsInOneTownApart(String text, String expected) {
        assertEquals(expected, read(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            قتل ثلاثة مدنيين بانفجار سيارة مفخخة في مدينة تل أبيض. وأدى الانفجار إلى احتراق سبعة محال تجارية في مدينة تل أبيض. | REPORTS REMOTE_EXPLOSIVE_LANDMINE_IED null
            اندلعت اشتباكات في حي الانتفاضة بمدينة الرقة، وأسفرت الاشتباكات عن مقتل عنصر من التنظيم، واعتقال آخر.      | REPORTS ARMED_CLASH null
            اختطف مسلحون مجهولون شاباً في مدينة الباب. وعثر الأهالي على جثته بعد يومين قرب مدينة الباب.              | REPORTS ABDUCTION_FORCED_DISAPPEARANCE null
            هاجمت خلايا التنظيم سجن غويران في مدينة الحسكة مساء الخميس. وذكر مصدر عسكري اليوم الجمعة أن 7 عناصر من قسد قتلوا في الهجوم. | REPORTS ARMED_CLASH null
            قصفت القوات التركية قرية زور مغار مساء أمس. وأصيب طفل بجروح جراء سقوط قذيفة على منزل ذويه في قرية زور مغار. | REPORTS SHELLING_ARTILLERY_MISSILE_ATTACK null
            """)
    void keepsOneEventToldTwiceTogether(String text, String expected) {
        assertEquals(expected, read(text));
    }

    /** The sides of the article's first event, "actor:ROLE" joined with ",". */
    private static String sides(String text) {
        return EXTRACTOR.extract(text, Optional.empty()).incidents().get(0).actors().stream()
                .map(a -> a.actorId() + ":" + a.role()).collect(Collectors.joining(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            قتل مدني جراء استهداف طائرة مسيرة تركية سيارة مدنية في ريف عين العرب.      | turkey:PERPETRATOR,civilians:VICTIM
            قصف جيش الاحتلال التركي قرى ريف تل تمر صباح اليوم.                            | turkey:PERPETRATOR
            اعتقل 15 شخصاً في حملة دهم نفذتها قسد في بلدة ذيبان.                             | sdf:PERPETRATOR
            جرى استهداف دورية لقسد بعبوة ناسفة في ريف دير الزور.                           | sdf:TARGET
            """)
    void readsTheSidesOfAnEvent(String text, String expected) {
        assertEquals(expected, sides(text));
    }

    /** "قصف" is a cue only when the actor follows it at once: here the SDF's positions were shelled. */
    @ParameterizedTest
    @ValueSource(strings = { "قصف مواقع قسد في ريف منبج بالمدفعية الثقيلة.",
            "قصف مناطق سيطرة قسد في ريف منبج بالمدفعية الثقيلة." })
    void doesNotMakeTheShelledThePerpetrator(String text) {
        assertFalse(sides(text).contains("sdf:PERPETRATOR"), sides(text));
    }
}
