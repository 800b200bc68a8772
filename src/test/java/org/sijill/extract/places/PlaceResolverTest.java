package org.sijill.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijill.extract.Marked;
import org.sijill.extract.TestKeys;

/** Place rules, one row per case; the expected evidence is bracketed in the sentence. */
class PlaceResolverTest {

    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(new Gazetteer(TestKeys.KEY));
    }

    static PlaceMatch match(String marked) {
        Marked m = Marked.of(marked);
        List<PlaceMatch> found = resolver.resolve(m.key());
        for (PlaceMatch p : found) {
            if (m.span(p.start(), p.end()).equals(m.evidence())) {
                return p;
            }
        }
        return fail("no match on [" + m.evidence() + "] in " + found.stream().map(p -> m.span(p.start(), p.end())
                + "→" + (p.place() == null ? null : p.place().id())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [محافظة الرقة]: ارتفع عدد قتلى قسد إلى 6                    | SY11            | GOVERNORATE | place.trigger-governorate
            تبنى التنظيم الهجوم [شمال غربي محافظة الحسكة]               | SY08            | GOVERNORATE | place.trigger-governorate
            هجوم على مقر في [مدينة الرقة] بعد قتل حارسه                  | wof:421172833   | TOWN        | place.trigger-settlement
            هجوم على مقر عسكري تابع لـ قسد” ب[ريف الرقة الغربي]         | SY11            | GOVERNORATE | place.countryside
            اشتباكات في مناطق متفرقة من [الريف الشرقي لدير الزور]       | SY09            | GOVERNORATE | place.countryside
            قصف مدفعي تركي على [ريف منبج الشمالي]                        | SY0205          | DISTRICT    | place.countryside
            غارة بطائرة مسيرة على [ريف القامشلي الشرقي]                 | SY0802          | DISTRICT    | place.countryside
            عثر الرعاة على جثتين في [بادية الميادين]                     | SY0903          | DISTRICT    | place.countryside
            استهدفت مسيرة تركية سيارة [قرب بلدة تل تمر] شمال الحسكة     | wof:1327435755  | TOWN        | place.trigger-settlement
            انفجار عبوة ناسفة [شرق دير الزور]                            | wof:421202167   | DISTRICT    | place.direction
            تنتشر الخلايا في مناطق [شمال شرقي سوريا]                    | country:SY      | COUNTRY     | place.direction
            عثر على جثة شاب في [الكسرة] غربي دير الزور                  | wof:1309997701  | TOWN        | place.preposition
            اغتيال عنصر من قسد في [بلدة الشحيل] بريف دير الزور الشرقي   | wof:1344254011  | TOWN        | place.trigger-settlement
            سيطرت هيئة تحرير الشام على [مدينة سراقب] شرقي إدلب          | wof:890449833   | TOWN        | place.trigger-settlement
            قتل عنصر من الأمن العام في [مدينة جبلة] بريف اللاذقية       | wof:1125967423  | TOWN        | place.trigger-settlement
            انفجرت سيارة مفخخة في [مدينة الباب] بريف حلب الشرقي         | wof:1125981903  | TOWN        | place.trigger-settlement
            سيرت القوات الروسية دورية في شوارع [كوباني]                 | wof:1360282145  | TOWN        | place.well-known
            تجددت الاشتباكات في [سري كانيه]                              | wof:1276457637  | TOWN        | place.preposition
            حملة تفتيش واسعة في [الهول] وما حوله                         | wof:1326547783  | TOWN        | place.preposition
            قصف جوي على [مدينة سنجار] في العراق                          | wof:421183065   | TOWN        | place.trigger-settlement
            اشتباكات في [بلدة محكان] بريف الميادين                       | osm:573457888   | TOWN        | place.trigger-settlement
            مواجهات على [طريق الحسكة] - الشدادي                         | wof:421168649   | TOWN        | place.near
            هجوم مسلح [بالقرب من الرقة]                                  | wof:421172833   | TOWN        | place.near
            حظر تجوال في [منطقة القامشلي]                                | SY0802          | DISTRICT    | place.trigger-district
            تعزيزات عسكرية إلى [ناحية الهول]                             | SY080006        | DISTRICT    | place.trigger-subdistrict
            سقطت قذائف على [ريف دمشق]                                    | SY03            | GOVERNORATE | place.well-known
            قتلى في اشتباكات بين [البوكمال] والميادين                    | wof:890449891   | TOWN        | place.preposition
            """)
    void resolvesPlaces(String sentence, String placeId, Precision precision, String ruleId) {
        PlaceMatch m = match(sentence);
        assertEquals(placeId, m.place().id());
        assertEquals(precision, m.precision());
        assertEquals(ruleId, m.ruleId());
    }

    /** Same name, different places: the governorate or town named nearby decides; the NE tie-break comes last. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل طفل بانفجار لغم في [قرية المنصورة] بريف حماة الغربي    | wof:1225840371
            اندلعت اشتباكات في [بلدة المنصورة] بريف الرقة الغربي       | wof:1326536201
            قصف مدفعي على [قرية البصيرة] في ريف حلب                     | wof:1226833537
            اشتباكات عنيفة في [مدينة البصيرة] ليلا                      | wof:1226134263
            قتل راع بانفجار لغم في [قرية البحرة] بريف حماة             | wof:1343657859
            قتل راع بانفجار لغم في [قرية البحرة]                        | wof:1360277153
            تبادل لإطلاق النار في [رأس العين]                           | wof:1276457637
            داهمت دورية منزلا في [حطلة] شرقي مدينة دير الزور            | wof:1226640425
            """)
    void choosesAmongSameNamedPlaces(String sentence, String placeId) {
        assertEquals(placeId, match(sentence).place().id());
    }

    /** Sites keep their name; they take the enclosing place's coordinates with a coarser precision. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            هجوم للتنظيم على [سجن غويران] في الحسكة                    | wof:421168649  | TOWN          | place.site-curated | hasakah.ghwayran-prison
            هجوم كبير للتنظيم على [سجن الصناعة] في مدينة الحسكة         | wof:421168649  | TOWN          | place.site-curated | hasakah.ghwayran-prison
            أطلقت قنابل ضوئية من [قاعدة “حقل العمر]”                    | SY0903         | DISTRICT      | place.site-curated | deir-ez-zor.al-omar-oil-field
            حملة دهم واعتقالات في [مخيم الهول] شرق الحسكة              | wof:1326547783 | TOWN          | place.site-curated | hasakah.al-hol-camp
            انفجار عبوة ناسفة في [حي العزيزية] بمدينة الحسكة            | wof:421168649  | TOWN          | place.neighbourhood | -
            اقتحم مقاتلان مركزا في [حي الدرعية] بمدينة الرقة            | wof:1344062805 | NEIGHBOURHOOD | place.neighbourhood | -
            اشتباكات على [حاجز “كوع الخاشع]” شرق بلدة الصور            | SY090106       | DISTRICT      | place.site-named   | -
            هجوم على [حاجز “كوع الخاشع]” شرق بلدة الصور، تلته اشتباكات في مدينة البصيرة | SY090106 | DISTRICT | place.site-named | -
            نزحت عائلات إلى [مخيم العريشة] جنوب الحسكة                  | wof:1260200989 | TOWN          | place.site-named   | -
            تسلل المهاجمون من [حي الزهور] المتاخم                       | -              | NEIGHBOURHOOD | place.neighbourhood | -
            شهدت مدينة منبج شرقي حلب انفجارا في [حي الحزاونة]           | wof:1141906291 | TOWN          | place.neighbourhood | -
            """)
    void keepsSitesWithTheirEnclosingPlace(String sentence, String placeId, Precision precision, String ruleId,
            String curatedSite) {
        PlaceMatch m = match(sentence);
        assertNotNull(m.site());
        if (placeId.equals("-")) {
            assertNull(m.place());
        } else {
            assertEquals(placeId, m.place().id());
        }
        assertEquals(precision, m.precision());
        assertEquals(ruleId, m.ruleId());
        if (!curatedSite.equals("-")) {
            Site site = new Gazetteer(TestKeys.KEY, false).site(curatedSite).orElseThrow();
            assertEquals(site.nameAr(), m.site());
            assertNull(site.lat(), "no real source gives these sites a point of their own");
        }
    }

    /** Common words that are also village names, weekdays, months, outlet names: no place. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "فتح الباب أمام المفاوضات في المنطقة",
        "التقى الوفد يوم الجمعة الماضي في الحي",
        "وقع الهجوم في الحي الشرقي من المدينة",
        "أغلقت القوات الأمنية السجن والأسواق حتى إشعار آخر",
        "اندلعت اشتباكات عنيفة بين الطرفين في تموز الماضي",
        "وقال قائد قسد إن الثورة مستمرة منذ شباط",
        "نقل المصابون إلى مخيم للنازحين",
        "قتل شاب في سجن عسكري",
        "داهمت دورية منزلا في حطلة",
        "بحسب شبكة دير الزور 24 المحلية",
        "أعلن مجلس منبج العسكري النفير العام",
        "عاد التل إلى الهدوء بعد ظهر اليوم",
        "عملية عنيفة بدا أنها سلسلة هجمات كبير",
    })
    void findsNoPlace(String sentence) {
        List<PlaceMatch> found = resolver.resolve(TestKeys.key(sentence));
        assertTrue(found.isEmpty(), () -> found.toString());
    }
}
