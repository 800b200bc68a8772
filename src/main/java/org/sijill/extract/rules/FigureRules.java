package org.sijill.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sijill.extract.rules.FigureLexicon.Context;
import org.sijill.extract.rules.FigureLexicon.Trigger;
import org.sijill.text.Count;

/**
 * Finds casualty figures: a casualty word (lexicon {@code casualty-triggers.tsv}) and the count it governs, whose
 * casualties they are, and the parts a count is broken into. Rule ids:
 * <ul>
 * <li>{@code casualty.event-noun}: "مقتل ستة أشخاص", "مقتل عنصرين من خلايا التنظيم", "فرار أكثر من 25 عنصرا"</li>
 * <li>{@code casualty.number-before-noun}: "148 قتيلا", "حوالي 500 قتيلا"</li>
 * <li>{@code casualty.toll}: "ارتفع عدد قتلى قسد إلى 6"</li>
 * <li>{@code casualty.verb-object}: "قتلت قسد 23 مقاتلا من التنظيم", "اعتقلت 89 عنصرا"</li>
 * <li>{@code casualty.verb-subject}: "7 عناصر من قسد ... قتلوا", "مهاجما انتحاريا قتل"</li>
 * <li>{@code casualty.another}: "واعتقال آخر", "واعتقل آخر" (one more, same side)</li>
 * <li>{@code casualty.subset}: "بينهم 3 عناصر لقوى الأمن الداخلي", "هم 54 مدني ... و93 من قسد"</li>
 * <li>{@code casualty.coordinated}: "مقتل عنصرين من قسد، وعنصرين من الأسايش"</li>
 * <li>{@code casualty.latin}: "leaves 18 SDF security forces dead, at least 16 Isis members too"</li>
 * <li>{@code casualty.campaign-reach}: "حملة دهم واعتقالات نفذتها قسد ... طالت 15 شخصاً"</li>
 * <li>{@code casualty.eliminated}: "قضت منذ مطلع العام على 325 إرهابياً"</li>
 * <li>{@code casualty.negation}: "دون وقوع إصابات" (count 0)</li>
 * </ul>
 * Here, the walk over an article's casualty words, denied, prevented and failed ones left out ("عدم هروب", "ومنع
 * الحراس عشرات السجناء من الفرار", "أحبطت اغتيال"; lexicon {@code casualty-preventions.tsv}), and the forms whose
 * count stands after a linking word (toll, elimination). Where a count may stand for the other forms: {@link EventNounFigures},
 * {@link PersonNounFigures}, {@link VerbFigures}, {@link AnotherFigure} ("آخر"), {@link LatinFigures} (English
 * sentences). {@link CountReader} reads the count and its owner, {@link FigureParts} the parts and coordinated counts
 * after it, and {@link FigureFilters} runs over the figures of the whole article at the end.
 */
public final class FigureRules {

    /**
     * How far back a prevention word may stand from the deed it prevents: the verb, its subject and object of up to
     * three words each, and the preposition ("ومنع الحراس عشرات السجناء من الفرار": 5 words back).
     */
    private static final int PREVENTION_REACH = 8;

    private final FigureLexicon lex;

    private final CountReader counts;

    private final FigureParts parts;

    private final FigureFilters filters;

    private final EventNounFigures eventNouns;

    private final PersonNounFigures personNouns;

    private final VerbFigures verbs;

    private final LatinFigures latin = new LatinFigures();

    public FigureRules(FigureLexicon lex) {
        this.lex = lex;
        this.counts = new CountReader(lex);
        this.parts = new FigureParts(lex, counts);
        this.filters = new FigureFilters(lex);
        var another = new AnotherFigure(lex);
        this.eventNouns = new EventNounFigures(lex, counts, another);
        this.personNouns = new PersonNounFigures(lex, counts);
        this.verbs = new VerbFigures(lex, counts, another);
    }

    public List<FoundFigure> find(Reading r) {
        Tokens t = r.tokens();
        var out = new ArrayList<FoundFigure>();
        int i = 0;
        while (i < t.size()) {
            var negation = lex.negations.at(t, i);
            if (negation.isPresent()) {
                out.add(new FoundFigure(i, negation.get().to(), negation.get().value(), Count.exact(0), null, null, -1,
                        "casualty.negation", false, null));
                i = negation.get().to();
                continue;
            }
            var hit = lex.triggers.at(t, i);
            if (hit.isEmpty() || negated(t, hit.get())) {
                i = hit.map(PhraseTable.Hit::to).orElse(i + 1);
                continue;
            }
            int before = out.size();
            Trigger trig = hit.get().value();
            Optional<FoundFigure> f = switch (trig.form()) {
                case EVENT -> eventNouns.read(r, hit.get(), out);
                case PERSON -> personNouns.read(r, hit.get(), out);
                case TOLL -> toll(r, hit.get());
                case VERB -> verbs.read(r, hit.get(), out);
                case LATIN -> latin.latin(r, hit.get());
                case ELIMINATION -> eliminated(r, hit.get());
            };
            f.ifPresent(out::add);
            if (out.size() > before) {
                parts.followers(r, out, out.size() - 1);
                if (trig.form() == FigureLexicon.Form.LATIN) {
                    latin.latinContinued(r, out, out.size() - 1);
                }
            }
            i = Math.max(hit.get().to(), out.size() > before ? out.get(out.size() - 1).to() : hit.get().to());
        }
        return filters.apply(t, out);
    }

    /**
     * "عدم هروب", "لم يقتل": the casualty word is denied or only intended, by a word just before it; "ومنع الحراس
     * عشرات السجناء من الفرار", "حالت قوات الحراسة دون فرار السجناء": prevented, by a word a few words back in the clause.
     */
    private boolean negated(Tokens t, PhraseTable.Hit<Trigger> hit) {
        int trigger = hit.from();
        for (int k = trigger - 1; k >= Math.max(0, trigger - PREVENTION_REACH) && t.sameClause(k, trigger); k--) {
            if ((k >= trigger - 2 && lex.is(t, k, Context.NEGATED)) || lex.prevents(t, k, hit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code casualty.eliminated}: "قضت وحدات الجيش منذ مطلع العام على 325 إرهابياً", "تم القضاء على 12 إرهابياً": the
     * people counted after "على", a few words on in the clause.
     */
    private Optional<FoundFigure> eliminated(Reading r, PhraseTable.Hit<Trigger> hit) {
        Tokens t = r.tokens();
        boolean opened = t.get(hit.to() - 1).text().equals("علي"); // the phrase ends with "على" (key form)
        for (int k = hit.to(); k < Math.min(t.size(), hit.to() + 7) && t.sameClause(k, hit.from()); k++) {
            if (opened || t.get(k).text().equals("علي")) {
                int at = opened ? hit.to() : k + 1;
                return counts.countAt(r, at, false)
                        .filter(cp -> cp.number() != null || cp.count().value() != null)
                        .map(cp -> counts.figure(r, hit.from(), cp, hit.value().outcome(), "casualty.eliminated"));
            }
        }
        return Optional.empty();
    }

    /** {@code casualty.toll}: "ارتفع عدد قتلى قسد إلى 6": the number after "إلى", whose dead they are before it. */
    private Optional<FoundFigure> toll(Reading r, PhraseTable.Hit<Trigger> hit) {
        Tokens t = r.tokens();
        for (int k = hit.to(); k < Math.min(t.size() - 1, hit.to() + 16) && t.sameSentence(k, hit.from()); k++) {
            if (t.get(k).text().equals("الي")) {
                var n = r.numberAt(k + 1);
                if (n.isEmpty()) {
                    return Optional.empty();
                }
                r.consume(n.get());
                String actor = CountReader.actorBetween(r, hit.to(), k);
                return Optional.of(new FoundFigure(hit.from(), n.get().to(), hit.value().outcome(), n.get().count(),
                        actor, null, -1, "casualty.toll", false, null));
            }
        }
        return Optional.empty();
    }
}
