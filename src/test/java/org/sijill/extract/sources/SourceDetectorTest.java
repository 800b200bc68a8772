package org.sijill.extract.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijill.extract.KeyText;
import org.sijill.extract.Marked;
import org.sijill.extract.TestKeys;
import org.sijill.extract.actors.ActorLexicon;

/** Attribution cues and publisher signals; the expected evidence is bracketed in the sentence. */
class SourceDetectorTest {

    private static SourceLexicon lexicon;

    private static SourceDetector detector;

    @BeforeAll
    static void load() {
        lexicon = new SourceLexicon(TestKeys.KEY);
        detector = new SourceDetector(lexicon);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            تلته اشتباكات في مدينة البصيرة، [بحسب شبكة “الخابور]” المحلية             | al-khabour        | ACCORDING_TO
            و[وفقاً لمصادر المرصد السوري لحقوق الإنسان]، فإن الاشتباكات أسفرت        | sohr              | ACCORDING_TO
            و[قالت شبكة “دير الزور 24]” المحلية، إن الريف الشمالي شهد اشتباكات       | deirezzor24       | SAID
            و[ذكر مصدر عسكري اليوم الجمعة لوكالة "رويترز]" أن 7 عناصر قتلوا           | reuters           | TOLD
            و[نشرت وكالة “أعماق]” التابعة لتنظيم الدولة صورا للمهاجمين              | amaq              | PUBLISHED
            ونشرت الوكالة الخبر في حسابها [على “تلجرام]” مساء أمس                     | telegram          | ON_PLATFORM
            وقال قائد قوات سوريا الديمقراطية [على تويتر] إن ستة من أفراد الأمن قتلوا | twitter           | ON_PLATFORM
            و[أشار المرصد السوري لحقوق الإنسان] إلى مقتل عنصرين                       | sohr              | MONITORED
            و[وثق الدفاع المدني] منذ بداية العام مقتل 17 مدنياً                        | syria-civil-defence | MONITORED
            وفي هذا الإطار، أفاد [مراسل “العربي]” بأن قسد سيطرت على السجن             | al-araby          | REPORTER
            في محاولة لتحرير السجناء، على ما [أفادت “قسد]” في بيان                    | sdf               | SAID
            و[وفقًا لقوات سوريا الديمقراطية] فإن الهجوم فشل                           | sdf               | ACCORDING_TO
            و[أكدت وزارة الدفاع التركية] تحييد 12 عنصرا في شمال سوريا                 | turkey-mod        | SAID
            بحسب ما [أفادت وكالة نورث برس] فإن المسيرة استهدفت سيارة                  | north-press       | SAID
            و[ذكرت وكالة سانا] أن انفجارا وقع في حي المزة                              | sana              | SAID
            و[قال شاهد عيان]: إن طائرات عسكرية ظهرت في سماء المنطقة                 | eyewitness        | SAID
            و[أكدت مصادر محلية] لعنب بلدي أن القصف طال منازل المدنيين                | local-sources     | SAID
            و[قال فرهاد شامي]، رئيس المركز الإعلامي لقسد، إن مهاجما قتل               | sdf-farhad-shami  | SAID
            مقاتلون من قسد أثناء الاشتباكات في الحسكة ([رويترز])                      | reuters           | MENTION
            غارات على جسر الشغور دون وقوع إصابات، [بحسب الدفاع المدني السوري]         | syria-civil-defence | ACCORDING_TO
            قتل ثلاثة مدنيين، وفق ما أفاد [مراسل سانا]                                | sana              | REPORTER
            قتل عنصران في هجوم على حاجز، وفق ما [أفادت شبكة فرات بوست]                | furat-post        | SAID
            قتل عنصران في هجوم على حاجز، [وفق مصادر محلية]                             | local-sources     | ACCORDING_TO
            #سوريا الاشتباكات مستمرة pic.twitter.com/i7asX0525C [— Mustafa AL Dulaimi (@Mustafa5g4d2k8u) January 21, 2022] | twitter:mustafa5g4d2k8u | EMBED
            """)
    void findsCitations(String sentence, String sourceId, CueKind cue) {
        Marked m = Marked.of(sentence);
        List<SourceMatch> found = detector.citations(m.key());
        for (SourceMatch s : found) {
            if (m.span(s.start(), s.end()).equals(m.evidence())) {
                assertEquals(sourceId, s.sourceId());
                assertEquals(cue, s.cueKind());
                assertEquals(cue.ruleId, s.ruleId());
                return;
            }
        }
        fail("no source on [" + m.evidence() + "] in " + found.stream().map(s -> m.span(s.start(), s.end())
                + "→" + s.sourceId()).toList());
    }

    /** Names inside what was said, ordinary words, places: not cited. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال المرصد إن من بين القتلى ثلاثة عناصر من قوى الأمن الداخلي   | asayish
            قتل جندي من الجيش العربي السوري في ريف حماة                      | al-araby
            تقع الحسكة في منطقة الجزيرة السورية                               | al-jazeera
            قوات سوريا الديمقراطية تسيطر على السجن                           | sdf
            رصد الطيران حركة غريبة قرب المرصد الفلكي                         | sohr
            يعيش ملايين اللاجئين في الشرق الأوسط                              | asharq-al-awsat
            غرق طفل في نهر الخابور                                            | al-khabour
            """)
    void doesNotCite(String sentence, String sourceId) {
        List<SourceMatch> found = detector.citations(TestKeys.key(sentence));
        assertTrue(found.stream().noneMatch(s -> s.sourceId().equals(sourceId)), found::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل ثلاثة عناصر من قسد في هجوم لخلايا التنظيم شرق دير الزور. المصدر : رأي اليوم                    | rai-al-youm | source.signature-line
            قصفت المسيرات التركية قرية قرب عامودا وقتل مدنيان. المصدر: نورث برس                                | north-press | source.signature-line
            قتل مدني برصاص مجهولين في درعا. ادعم عنب بلدي دولار واحد شهريا يصنع الفرق                           | enab-baladi | source.donation-footer
            الحسكة – نورث برس قتل عنصران من قوى الأمن الداخلي في هجوم على حاجز                               | north-press | source.dateline
            عنب بلدي - ريف حلب قتل ثلاثة أشخاص بانفجار سيارة مفخخة في مدينة الباب                             | enab-baladi | source.dateline
            دمشق-سانا: استشهد ثلاثة مدنيين جراء انفجار عبوة ناسفة في مدينة الصنمين بريف درعا                | sana        | source.dateline
            قصف مدفعي على جبل الزاوية، وأفاد مراسل “تلفزيون سوريا” بأن القصف طال قرى في ريف إدلب             | syria-tv    | source.reporter
            رصد نشطاء المرصد السوري استهداف حاجز لقسد. ووفقا لمصادر المرصد السوري فإن الهجوم أسفر عن مقتل عنصرين | sohr        | source.own-voice
            قتل تسعة عناصر بغارات على البوكمال. وقالت شبكة عين الفرات المحلية لموقع تلفزيون سوريا، إن الغارات طالت مستودعات | syria-tv | source.told-outlet
            وقال قيادي في الجيش الوطني لعنب بلدي، إن الفصائل صدت هجوما على محور دير حافر                      | enab-baladi | source.told-outlet
            """)
    void findsPublisher(String article, String sourceId, String ruleId) {
        PublisherMatch p = detector.publisher(TestKeys.key(article)).orElseThrow();
        assertEquals(sourceId, p.sourceId());
        assertEquals(ruleId, p.ruleId());
    }

    /**
     * A name that is also a word ("هاوار") is a dateline only when it ends its line after the dash: read through the
     * whole extractor, whose key form keeps line breaks.
     */
    @Test
    void findsADatelineOfACueOnlyNameEndingItsLine() {
        var extractor = org.sijill.extract.ExtractBeans.standard();
        var dateline = extractor.extract("الحسكة – هاوار\n\nعثر على جثة امرأة مقتولة في مخيم الهول", java.util.Optional.empty());
        assertEquals("anha", dateline.publisherId());
        assertEquals("source.dateline", dateline.publisherRule());
        var word = extractor.extract("الحسكة – هاوار الأهالي يتواصل\n\nعثر على جثة امرأة", java.util.Optional.empty());
        assertEquals(null, word.publisherId());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "ذكرت وكالة رويترز أن انفجارا وقع في القامشلي",
        "وقال مراسل رويترز إن الاشتباكات مستمرة في محيط السجن",
        "وثق المرصد السوري مقتل ثلاثة مدنيين في قصف على ريف إدلب",
        "وقال المصدر: إن الهجوم أسفر عن مقتل شخصين",
        "قتل شخصان في هجوم على حاجز للأسايش في القامشلي",
        "وقال مصدر عسكري لوكالة رويترز إن الغارات استهدفت مستودعات للأسلحة",
        "وأعلن موقع تلفزيون سوريا عن إطلاق برنامج جديد",
        "وأطلق الأهالي صرخة هاوار في وجه الغلاء",
        "ونقلت قناة الجزيرة عن مصادر محلية أن القصف طال قرى في ريف إدلب",
    })
    void findsNoPublisher(String article) {
        assertTrue(detector.publisher(TestKeys.key(article)).isEmpty());
    }

    /** Whole seed articles: the publisher each one reveals about itself. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            000_10540df14f6fc042.txt | sohr        | source.own-voice
            001_040cf81d154c6964.txt | rai-al-youm | source.signature-line
            002_225182bcdbf2fae4.txt | sohr        | source.own-voice
            003_5349be87dbcac639.txt | enab-baladi | source.donation-footer
            004_2d34422f699394eb.txt | al-araby    | source.reporter
            """)
    void findsSeedPublishers(String file, String sourceId, String ruleId) throws IOException {
        String key = TestKeys.key(Files.readString(Path.of("seeds", file)));
        PublisherMatch p = detector.publisher(key).orElseThrow();
        assertEquals(sourceId, p.sourceId());
        assertEquals(ruleId, p.ruleId());
    }

    @Test
    void detectsBothFromOneScan() throws IOException {
        String key = TestKeys.key(Files.readString(Path.of("seeds", "004_2d34422f699394eb.txt")));
        ArticleSources both = detector.detect(KeyText.of(key));
        assertEquals(detector.publisher(key), both.publisher());
        assertEquals(detector.citations(key), both.citations());
        assertTrue(both.citations().stream().anyMatch(c -> c.sourceId().equals("twitter:sebusher")));
        assertTrue(both.citations().stream().anyMatch(c -> c.sourceId().equals("reuters") && c.cueKind() == CueKind.TOLD));
    }

    @Test
    void describesSourcesWithKindAndAffiliation() {
        Source amaq = lexicon.source("amaq").orElseThrow();
        assertEquals(SourceKind.ARMED_GROUP_MEDIA, amaq.kind());
        assertEquals("isis", amaq.affiliation());
        assertEquals(SourceKind.MONITOR, lexicon.source("sohr").orElseThrow().kind());
        Source tweet = detector.describe("twitter:sebusher").orElseThrow();
        assertEquals(SourceKind.SOCIAL_MEDIA, tweet.kind());
        assertEquals("@sebusher", tweet.nameEn());
    }

    @Test
    void affiliationsAreKnownActors() {
        var actors = new ActorLexicon(TestKeys.KEY);
        for (Source s : lexicon.sources()) {
            if (s.affiliation() != null) {
                assertNotNull(actors.actor(s.affiliation()).orElse(null), s.id() + " → " + s.affiliation());
            }
        }
    }
}
