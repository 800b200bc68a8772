package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sijill.extract.model.FigureFact;

/**
 * Each casualty rule on sentences of its own: what it must read (actor, outcome, count, part-of, rule) and what it
 * must leave alone. Expectations are written from the Arabic.
 */
class FigureRulesTest {

    private static final RuleExtractor EXTRACTOR = ExtractBeans.standard();

    /** "actor OUTCOME value|low+ [<partOf] rule", one per figure, joined with "; ". */
    private static String read(String sentence) {
        return EXTRACTOR.extract(sentence, Optional.empty()).figures().stream().map(FigureRulesTest::compact)
                .collect(Collectors.joining("; "));
    }

    private static String compact(FigureFact f) {
        String n = f.count().value() != null ? f.count().value().toString() : f.count().low() + "+";
        return f.actorId() + " " + f.outcome() + " " + n + (f.partOf() == null ? "" : " <" + f.partOf()) + " "
                + f.ruleId().substring("casualty.".length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            أسفر الهجوم عن مقتل ستة أشخاص وجرح نحو عشرة آخرين.                         | unknown KILLED 6 event-noun; unknown INJURED 10 event-noun
            أعلنت المصادر مقتل عنصرين من خلايا تنظيم الدولة الإسلامية.                  | isis KILLED 2 event-noun
            وأفادت المصادر بمقتل طفل وإصابة سيدتين بجروح.                               | civilians KILLED 1 event-noun; civilians INJURED 2 event-noun
            وتحدثت الأنباء عن فرار أكثر من 25 عنصرا من التنظيم.                          | isis ESCAPED 26+ event-noun
            وأسفرت الاشتباكات عن مقتل عنصر من قسد، واعتقال آخر.                          | sdf KILLED 1 event-noun; sdf ARRESTED 1 another
            وقالت قسد إن الهجوم خلف حوالي 500 قتيلا من بينهم 374 من عناصر التنظيم.       | unknown KILLED 500 number-before-noun; isis KILLED 374 <0 subset
            ارتفع عدد قتلى قوات سوريا الديمقراطية إلى 6 بينهم 3 عناصر لقوى الأمن الداخلي. | sdf KILLED 6 toll; asayish KILLED 3 <0 subset
            قتلت قوات سوريا الديمقراطية 23 مقاتلا من تنظيم الدولة في اشتباكات.            | isis KILLED 23 verb-object
            وأكدت قسد أنها اعتقلت 89 عنصرا من تنظيم الدولة.                             | isis ARRESTED 89 verb-object
            وذكر مصدر عسكري أن 7 عناصر من قسد قتلوا في الهجوم.                          | sdf KILLED 7 verb-subject
            قُتل ثلاثة جنود من قوات الحكومة السورية وأصيب خمسة آخرون.                    | syrian-gov KILLED 3 verb-object; syrian-gov INJURED 5 verb-object
            وقال المرصد إن من بين القتلى ثلاثة عناصر من قوى الأمن الداخلي.              | asayish KILLED 3 among
            استهدفت الخلايا حاجزا لقسد دون وقوع إصابات.                                  | unknown INJURED 0 negation
            leaves 18 SDF security forces dead, at least 16 Isis members too           | sdf KILLED 18 latin; isis KILLED 16+ latin
            لقي ثلاثة مدنيين حتفهم بقصف مدفعي على قرية في ريف الحسكة.                   | civilians KILLED 3 verb-subject
            أصيب مدنيان بجروح جراء انفجار عبوة ناسفة في مدينة الرقة.                     | civilians INJURED 2 verb-object
            وثق المرصد مقتل 12 مدنيا بينهم أربعة أطفال وامرأتان.                         | civilians KILLED 12 event-noun; civilians KILLED 4 <0 subset; civilians KILLED 2 <0 subset
            اعتقلت قوات الحكومة السورية عشرات الشبان في حملة دهم بريف دير الزور.         | unknown ARRESTED 10 verb-object
            لقي طفل حتفه وأصيب اثنان آخران بانفجار قنبلة في مدينة منبج.                 | civilians KILLED 1 verb-subject; civilians INJURED 2 verb-object
            أسفر القصف عن مقتل وإصابة 7 عناصر من قسد في ريف تل تمر.                      | sdf KILLED_OR_INJURED 7 event-noun
            ارتفعت حصيلة ضحايا القصف على مدينة الرقة إلى 12 قتيلاً و20 جريحاً.           | unknown KILLED 12 number-before-noun; unknown INJURED 20 coordinated
            اغتال مسلحون مجهولون قيادياً في مجلس دير الزور العسكري بمدينة الشحيل.         | deir-ez-zor-military-council KILLED 1 verb-object
            قتل مدني برصاص مجهولين في بلدة الصبحة بريف دير الزور الشرقي.                | civilians KILLED 1 verb-object
            وأفاد المرصد بأن 12 عنصراً من قسد قتلوا في الهجوم على حاجز.                   | sdf KILLED 12 verb-subject
            أعلنت الداخلية القبض على خلية تابعة لتنظيم داعش مؤلفة من 5 أشخاص في ريف دمشق. | isis ARRESTED 5 group-of
            وتمكن 15 عنصراً من التنظيم من الفرار من السجن.                              | isis ESCAPED 15 managed-to
            أسفرت الاشتباكات عن مقتل 4 مقاتلين من العشائر و3 من قسد.                     | tribes KILLED 4 event-noun; sdf KILLED 3 coordinated
            وثق المرصد مقتل 3 عناصر من الفرقة الرابعة بانفجار عبوة ناسفة.                 | syrian-regime KILLED 3 event-noun
            قالت الدفاع التركية إنها حيدت 12 عنصراً من وحدات حماية الشعب.               | ypg KILLED_OR_INJURED 12 verb-object
            سقطت قذيفة على منزل ما أدى لإصابة امرأتين وطفل.                             | civilians INJURED 2 event-noun; civilians INJURED 1 coordinated
            عثر الأهالي على جثث 3 أشخاص مجهولي الهوية قرب بلدة الهول.                   | unknown KILLED 3 noun-of
            قتل شخص وأصيب آخرون بجروح في انفجار سيارة مفخخة في مدينة أعزاز.             | unknown KILLED 1 verb-object; unknown INJURED 3+ verb-object
            أسفرت الغارات الروسية عن سقوط 9 قتلى و15 جريحاً في ريف إدلب.                 | unknown KILLED 9 number-before-noun; unknown INJURED 15 coordinated
            استشهدت مواطنة وأصيب اثنان من أطفالها بجروح جراء القصف.                     | civilians KILLED 1 verb-object; civilians INJURED 2 verb-object
            وقال المصدر إن امرأة فارقت الحياة متأثرة بجراحها مساء اليوم.                 | civilians KILLED 1 verb-subject
            وثقت الشبكة 37 عملية اغتيال راح ضحيتها 29 شخصاً منذ بداية العام.             | unknown KILLED 29 verb-object
            شنت قسد حملة دهم واعتقالات طالت 15 شخصاً في ريف الرقة.                       | unknown ARRESTED 15 event-noun
            وقالت الشبكة إن بين المعتقلين ثلاثة قاصرين.                                  | civilians ARRESTED 3 among
            وأضاف أن بين الجرحى ثلاثة أطفال وعنصراً من الجيش الوطني.                     | civilians INJURED 3 among; sna INJURED 1 coordinated
            استقبل المستشفى العشرات من الجرحى بعد القصف.                                | unknown INJURED 10 number-before-noun
            استشهد عسكريان اثنان جراء الاعتداء.                                          | unknown KILLED 2 verb-object
            أعلنت الوزارة استشهاد عسكريين اثنين وإصابة ثلاثة آخرين.                      | unknown KILLED 2 event-noun; unknown INJURED 3 event-noun
            اختطف مسلحون مجهولون مساء أمس فتاة في حي الرميلة.                            | civilians ARRESTED 1 verb-object
            اختطف مسلحون مجهولون تاجر مواشٍ في مدينة الباب.                              | civilians ARRESTED 1 verb-object
            أعلنت قسد مقتل أربعة من مقاتليها وإصابة 11 آخرين، متهمة مجموعات مرتبطة بالنظام السوري. | sdf KILLED 4 event-noun; sdf INJURED 11 event-noun
            قتل تسعة عناصر من الميليشيات الإيرانية، بينهم ثلاثة يحملون الجنسية العراقية. | iran-axis KILLED 9 verb-object; iran-axis KILLED 3 <0 subset
            ترتفع حصيلة القتلى في مناطق نفوذ الإدارة الذاتية منذ مطلع العام إلى 91 شخصاً. | unknown KILLED 91 toll
            قصف جيش الاحتلال ومرتزقته القرى، ولم يسفر القصف عن إصابات.                   | unknown INJURED 0 negation
            وتعود جذور التوتر إلى حملة دهم واعتقالات نفذتها قسد في المنطقة مطلع الشهر الجاري، طالت 15 شخصاً. | unknown ARRESTED 15 campaign-reach
            أصيب تسعة مدنيين بجروح في القصف. وقال المصدر إن بين الجرحى ثلاثة أطفال.     | civilians INJURED 9 verb-object; civilians INJURED 3 <0 among
            قتل خمسة مدنيين في القصف. وقال المصدر إن بين الجرحى ثلاثة أطفال.            | civilians KILLED 5 verb-object; civilians INJURED 3 among
            أصيب شخصان بجروح في القصف. وقال المصدر إن بين الجرحى ثلاثة أطفال.           | unknown INJURED 2 verb-object; civilians INJURED 3 among
            خلف هجوم على سجن في مدينة الحسكة 500 قتيل. وقال المرصد إن من بين القتلى ثلاثة عناصر من قوى الأمن الداخلي في هجوم على مقرات أمنية في مدينة الرقة. | unknown KILLED 500 number-before-noun; asayish KILLED 3 among
            وكانت وحدات الجيش قد قضت منذ مطلع العام على ثلاثمئة وخمسة وعشرين إرهابياً من تنظيم داعش. | isis KILLED 325 eliminated
            تم القضاء على 12 إرهابياً في ريف حمص الشرقي.                                 | unknown KILLED 12 eliminated
            وسقط قتيلان مدنيان وجريحان آخران بقصف مدفعي طال القرية.                     | civilians KILLED 2 noun-of; civilians INJURED 2 noun-of
            وزعم التنظيم أنه قتل وأصاب ٨ من عناصر قسد في الهجوم.                         | sdf KILLED_OR_INJURED 8 verb-object
            وشنت قسد حملة دهم في قرى محيميدة والجزرة طالت ٩ شبان.                        | unknown ARRESTED 9 campaign-reach
            أعلنت الوزارة استشهاد عسكري وإصابة آخرين بعدوان إسرائيلي على ريف حمص.        | unknown KILLED 1 event-noun; unknown INJURED 2+ event-noun
            وشنت الأجهزة الأمنية حملة اعتقالات في أحياء المدينة شملت 20 شاباً.             | unknown ARRESTED 20 campaign-reach
            انفجرت عبوة ناسفة على طريق القرية، ولم يسفر التفجير عن إصابات.              | unknown INJURED 0 negation
            سقطت قذيفة في محيط السوق دون أن تسفر الضربة عن إصابات.                       | unknown INJURED 0 negation
            وتمكن عشرات السجناء من الفرار من السجن.                                      | unknown ESCAPED 10 managed-to
            ومنعت الميليشيات الأهالي من الاقتراب منها وقتلت ثلاثة مدنيين.                 | civilians KILLED 3 verb-object
            فرضت قسد حظر التجول ومنعت التنقل واعتقلت خمسة شبان.                           | unknown ARRESTED 5 verb-object
            أحبطت قسد هجوماً لخلايا التنظيم وتمكنت من اعتقال ثلاثة عناصر من تنظيم داعش.    | isis ARRESTED 3 event-noun
            أحبطت قسد هجوماً بعد مقتل ثلاثة من عناصرها.                                   | sdf KILLED 3 event-noun
            """)
    void readsCasualtyFigures(String sentence, String expected) {
        assertEquals(expected, read(sentence));
    }

    /** Numbers that are not casualties: prisoners held, populations, countries, operations, years, counters. */
    @ParameterizedTest
    @ValueSource(strings = {
            "يضم السجن نحو 900 سجين من عناصر تنظيم الدولة الإسلامية.",
            "يؤوي المخيم 62 ألفاً جاؤوا من 30 إلى 40 دولة.",
            "أحصى المرصد 199 عملية قامت بها خلايا التنظيم منذ مطلع العام.",
            "واستولى التنظيم على مساحات شاسعة من العراق وسوريا في 2014.",
            "وتحتجز قسد آلاف المعتقلين الذين ينتمون للتنظيم، بينهم قرابة أربعة آلاف أجنبي من حوالي 50 دولة.",
            "وقالت شبكة دير الزور 24 المحلية إن الاشتباكات تجددت.",
            "للتأكد من عدم هروب عناصر التنظيم إلى العراق.",
            "17",
            "دولار واحد شهريًا يصنع الفرق",
            "لقي 7 أشخاص مصرعهم وأصيب 12 آخرون في حادث سير على طريق حلب الرقة.",
            "مواطن متأثراً بجراحه التي أصيب بها قبل أيام بهجوم مسلح",
            "وأوقعت وحدات الجيش أفراد المجموعة بين قتيل ومصاب، ودمرت لهم 3 آليات بينها سيارة.",
            "ودعا وجهاء العشائر إلى وقف إطلاق النار وتحييد المدنيين.",
            "وطالبوا ذويه بفدية مالية قدرها 50 ألف دولار مقابل الإفراج عنه.",
            "ودفع القصف نحو 200 عائلة إلى النزوح من القرى المستهدفة.",
            "قصفت القوات التركية بأكثر من 40 قذيفة مدفعية قرى في ريف عين العرب، دون ورود معلومات عن خسائر بشرية.",
            "وتحتجز قسد آلاف المعتقلين في سجونها.",
            "ويعيش في المدينة أكثر من 200 ألف نسمة، بينهم عشرات آلاف النازحين.",
            "استهدفت المسيرة السيارة على بعد نحو 12 كم جنوب المدينة.",
            "وأفرجت قسد عن أربعة منهم بعد ساعات من التحقيق معهم.",
            "وشهدت المدينة اعتقالات متكررة، وطالت الأضرار 3 منازل في الحي.",
            "طالت القذائف 3 منازل في القرية.",
            "قضت المحكمة بسجن 3 أشخاص بتهمة التهريب.",
            "ولم يسفر الاجتماع عن اتفاق بين الطرفين.",
            "قضت النيران على 3 منازل في القرية.",
            "وأضاف المصدر أن الجريحين نقلا إلى مشفى البلدة وحالة أحدهما خطرة."
    })
    void leavesNonCasualtyNumbersAlone(String sentence) {
        assertEquals("", read(sentence));
    }

    /**
     * A deed prevented, foiled or failed is no casualty: "منع ... من", "حال/حالت ... دون", "أحبط", "لم يتمكن ... من",
     * "فشل ... في", with the subject and object between, and an attempt ("محاولة").
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "ومنع الحراس عشرات السجناء من الفرار.",
            "وتصدت قوات الحراسة لعشرات السجناء ومنعتهم من الفرار.",
            "حالت قوات الحراسة دون فرار عشرات السجناء.",
            "حال الحراس دون هروب 15 سجيناً.",
            "منعت قوات الأمن فرار 20 سجيناً.",
            "أرسلت قسد تعزيزات إلى محيط السجن لمنع فرار عشرات السجناء.",
            "أحبطت قوات الأمن محاولة فرار 20 سجيناً من السجن.",
            "وأحبطت قسد عملية فرار 12 عنصراً من التنظيم.",
            "أحبطت الأجهزة الأمنية محاولة اغتيال قيادي في قسد.",
            "وأحبطت الأجهزة الأمنية عملية اغتيال قيادي في قسد.",
            "ولم يتمكن 15 عنصراً من التنظيم من الفرار.",
            "وفشلت الدورية في اعتقال ثلاثة مطلوبين."
    })
    void leavesPreventedDeedsAlone(String sentence) {
        assertEquals("", read(sentence));
    }

    /** A headline count with no owner is the body's figure when the body states it with its owner. */
    @Test
    void keepsAHeadlineTollOnceWhenTheBodyNamesItsOwner() {
        assertEquals("sdf KILLED 3 verb-object",
                read("٣ قتلى بهجوم على حاجز في ريف دير الزور\n\nقُتل ٣ عناصر من قسد بهجوم على حاجز في بلدة الكسرة."));
    }

    /** A headline count with an owner of its own is kept beside a body count of another side. */
    @Test
    void keepsHeadlineAndBodyFiguresOfDifferentSides() {
        assertEquals("civilians KILLED 3 event-noun; sdf KILLED 3 verb-object",
                read("مقتل ٣ مدنيين بقصف على ريف دير الزور\n\nقُتل ٣ عناصر من قسد بهجوم على حاجز في بلدة الكسرة."));
    }
}
