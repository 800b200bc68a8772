package org.sijill.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijill.extract.Marked;
import org.sijill.extract.TestKeys;

/** Actor aliases, dates, context and anaphora; the expected mention is bracketed in the sentence. */
class ActorResolverTest {

    private static ActorLexicon lexicon;

    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        lexicon = new ActorLexicon(TestKeys.KEY);
        resolver = new ActorResolver(lexicon);
    }

    private static ActorMatch match(String marked, LocalDate asOf) {
        Marked m = Marked.of(marked);
        List<ActorMatch> found = resolver.find(m.key(), asOf);
        for (ActorMatch a : found) {
            if (m.span(a.start(), a.end()).equals(m.evidence())) {
                return a;
            }
        }
        return fail("no actor on [" + m.evidence() + "] in "
                + found.stream().map(a -> m.span(a.start(), a.end()) + "→" + a.actorId()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ارتفاع عدد قتـ ـلـ ـى “[قسد]” إلى 6                                   | sdf
            مقتل عنصرين من خـ ـلايـ ـا [تـ ـنـ ـظـ ـيم “الـ ـدولـ ـة الإسـ ـلامـ ـيـ ـة]”   | isis
            إستمرار الاشتباكات بين عناصر [د١عش] وقوات سوريا الديمقراطية         | isis
            قتلت [قوات سوريا الديمقراطية] 23 مقاتلا                              | sdf
            أحبطت القوى الأمنية التابعة لـ “[قسد]” الهجوم                        | sdf
            مقتل عنصرين من [قوات سوريا الديموقراطية] في الحسكة                  | sdf
            تبنى [تنظيم “الدولة]” الهجوم                                         | isis
            ثلاثة عناصر لقوات الأمن الداخلي “[الأسايش]”                          | asayish
            قتل مدنيان بقصف ل[لطيران التركي] على ريف القامشلي                   | turkey
            استهدفت [المسيرات التركية] سيارة في عامودا                           | turkey
            leaves 18 [SDF] security forces dead                                  | sdf
            at least 16 [Isis] members too                                         | isis
            قصفت [مروحيات التحالف] مواقع التنظيم                                 | coalition
            اشتباكات بين [مقاتلي العشائر] وقسد في ذيبان                          | tribes
            هجوم نفذه [مسلحين مجهولين] على مقر عسكري                            | unknown
            54 [مدني] بينهم سيدتان وطفل                                           | civilians
            سيطرت [هيئة تحرير الشام] على سراقب                                   | hts
            قصف جيش الاحتلال التركي و[مرتزقته] قرى عين عيسى                      | sna
            قصفت [مرتزقة الاحتلال التركي] قرية في ريف زركان                      | sna
            اشتباكات بين [فصائل الجيش الوطني] وقسد قرب منبج                     | sna
            قصف [الميليشيات الإيرانية] في البوكمال                               | iran-axis
            كمين لخلايا التنظيم استهدف [قوات النظام] في بادية حمص               | syrian-regime
            انسحاب [وحدات حماية الشعب] من تل رفعت                                | ypg
            هجوم على نقطة ل[مجلس دير الزور العسكري] في الشحيل                   | deir-ez-zor-military-council
            اعتقلت [خلايا التنظيم] مدنيين                                         | isis
            شنت [طائرات حربية روسية] غارات على محيط جسر الشغور                   | russia
            استهدفت [طائرة مسيرة تركية] سيارة على طريق القامشلي                   | turkey
            """)
    void findsAliases(String sentence, String actorId) {
        ActorMatch a = match(sentence, null);
        assertEquals(actorId, a.actorId());
        assertEquals(false, a.inferred());
    }

    /** One surface, two actors: the article's date decides (the Assad regime fell on 2024-12-08). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قصف [الجيش السوري] مواقع في ريف إدلب        | 2023-05-01 | syrian-regime
            قصف [الجيش السوري] مواقع في ريف إدلب        | 2025-03-10 | syrian-gov
            قصف [الجيش السوري] مواقع في ريف إدلب        |            | syrian-gov
            اشتباكات بين [القوات الحكومية] والعشائر     | 2019-07-01 | syrian-regime
            هاجمت [جبهة النصرة] مواقع للجيش               | 2015-06-01 | nusra
            هاجمت [جبهة النصرة] مواقع للجيش               | 2019-06-01 | hts
            """)
    void resolvesDateBoundAliases(String sentence, LocalDate asOf, String actorId) {
        assertEquals(actorId, match(sentence, asOf).actorId());
    }

    /** "قوى الأمن الداخلي": Asayish unless the article is about the Syrian Ministry of Interior (after 2024-12-08). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل عنصران من [قوى الأمن الداخلي] في هجوم على حاجز لقسد       | 2025-03-10 | asayish
            أعلنت وزارة الداخلية السورية أن [قوى الأمن الداخلي] اعتقلت خلية | 2025-03-10 | syrian-gov-security
            أعلنت وزارة الداخلية السورية أن [قوى الأمن الداخلي] اعتقلت خلية | 2023-03-10 | asayish
            قتل عنصر من [قوى الأمن الداخلي] في الرقة                        |            | asayish
            """)
    void appliesTheContextRule(String sentence, LocalDate asOf, String actorId) {
        ActorMatch a = match(sentence, asOf);
        assertEquals(actorId, a.actorId());
        assertEquals("actor.alias-context", a.ruleId());
    }

    /** التنظيم، الخلايا، عناصره: the organisation last named, marked inferred. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            هاجم تنظيم الدولة سجنا ثم تمكن عنصران من [التنظيم] من الفرار             | isis  | actor.anaphora
            سيطرت هيئة تحرير الشام على القرية وأعلن [التنظيم] حظر التجوال            | hts   | actor.anaphora
            هاجم تنظيم الدولة حاجزا لقسد وسيطرت قسد على الموقع وفر [عناصره]          | isis  | actor.anaphora
            قصفت قسد مواقع الجيش الوطني وقتل اثنان من [عناصرها]                      | sna   | actor.anaphora
            أعلنت قسد حظر التجوال بعد تسلل [الخلايا] إلى الأحياء                     | isis  | actor.anaphora-default
            قتل ثلاثة عناصر من [التنظيم] في اشتباكات                                 | isis  | actor.anaphora-default
            """)
    void resolvesAnaphora(String sentence, String actorId, String ruleId) {
        ActorMatch a = match(sentence, null);
        assertEquals(actorId, a.actorId());
        assertEquals(ruleId, a.ruleId());
        assertTrue(a.inferred());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "أكدت الدولة السورية التزامها بالاتفاق",
        "أعلن حزب سياسي تنظيم حفل في الحديقة",
        "this is a statement",
        "النظام الغذائي الجديد في المدارس",
        "تشكل التحالف الانتخابي الجديد",
        "قتل ثلاثة من عناصره في الحادث",
    })
    void findsNoActor(String sentence) {
        List<ActorMatch> found = resolver.find(TestKeys.key(sentence));
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void knowsParentsAndKinds() {
        Actor asayish = lexicon.actor("asayish").orElseThrow();
        assertEquals("sdf", asayish.parentId());
        assertEquals(ActorKind.SECURITY_FORCES, asayish.kind());
        assertEquals(ActorKind.ARMED_GROUP, lexicon.actor("isis").orElseThrow().kind());
        assertTrue(lexicon.actor("syrian-regime").orElseThrow().validOn(LocalDate.of(2024, 12, 7)));
        assertTrue(!lexicon.actor("syrian-regime").orElseThrow().validOn(LocalDate.of(2024, 12, 8)));
        assertEquals(List.of("sdf"), lexicon.idsFor("قوات سورية الديمقراطية"));
    }
}
