package org.sijill.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sijill.extract.model.Outcome;
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
 * Here, where a count may stand for each form of casualty word; {@link CountReader} reads the count and its owner,
 * {@link FigureParts} the parts and coordinated counts after it, {@link LatinFigures} English sentences, and
 * {@link FigureFilters} runs over the figures of the whole article at the end.
 */
public final class FigureRules {

    private static final int VERB_RIGHT = 10;
    private static final int VERB_LEFT_PLURAL = 12;
    private static final int VERB_LEFT_SINGULAR = 3;
    /** How many sentences back "بين الجرحى" may look for the wounded it is among. */
    private static final int REFERENT_SENTENCES = 2;

    private final FigureLexicon lex;

    private final CountReader counts;

    private final FigureParts parts;

    private final FigureFilters filters;

    private final LatinFigures latin = new LatinFigures();

    public FigureRules(FigureLexicon lex) {
        this.lex = lex;
        this.counts = new CountReader(lex);
        this.parts = new FigureParts(lex, counts);
        this.filters = new FigureFilters(lex);
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
            if (hit.isEmpty() || negated(t, i)) {
                i = hit.map(PhraseTable.Hit::to).orElse(i + 1);
                continue;
            }
            int before = out.size();
            Trigger trig = hit.get().value();
            Optional<FoundFigure> f = switch (trig.form()) {
                case EVENT -> event(r, hit.get(), out);
                case PERSON -> person(r, hit.get(), out);
                case TOLL -> toll(r, hit.get());
                case VERB -> verb(r, hit.get(), out);
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

    /** "عدم هروب", "لم يقتل": the casualty word is denied or only intended. */
    private boolean negated(Tokens t, int trigger) {
        for (int k = Math.max(0, trigger - 2); k < trigger; k++) {
            if (t.sameClause(k, trigger) && lex.is(t, k, Context.NEGATED)) {
                return true;
            }
        }
        return false;
    }

    private Optional<FoundFigure> event(Reading r, PhraseTable.Hit<Trigger> hit, List<FoundFigure> out) {
        int j = hit.to();
        if (lex.is(r.tokens(), j, Context.ANOTHER)) {
            return another(r, hit, j, out);
        }
        var cp = counts.countAt(r, j, true);
        if (cp.isPresent() && !CountReader.definitePlural(r, cp.get())) {
            return Optional.of(counts.figure(r, hit.from(), cp.get(), hit.value().outcome(), "casualty.event-noun"));
        }
        Tokens t = r.tokens();
        // "القبض على خلية ... مؤلفة من 5 أشخاص": the group's size, a few words on
        for (int k = j; k < Math.min(t.size(), j + 6) && t.sameClause(k, hit.from()); k++) {
            if (lex.is(t, k, Context.GROUP_OF)) {
                var size = counts.countAt(r, lex.context.at(t, k).get().to(), false);
                if (size.isPresent()) {
                    FoundFigure f = counts.figure(r, hit.from(), size.get(), hit.value().outcome(), "casualty.group-of");
                    String group = CountReader.actorBetween(r, j, k); // "خلية تابعة لتنظيم داعش مؤلفة من ..."
                    return Optional.of(f.actorId() == null && group != null ? f.withActor(group) : f);
                }
            }
        }
        if (hit.value().outcome() == Outcome.ARRESTED) {
            var reach = reached(r, hit);
            if (reach.isPresent()) {
                return reach;
            }
        }
        // "وتمكن 15 عنصراً من التنظيم من الفرار": the people who managed to are counted before the word
        if (hit.from() > 0 && t.get(hit.from() - 1).text().equals("من")) {
            for (int k = hit.from() - 2; k >= Math.max(0, hit.from() - 9) && t.sameClause(k, hit.from()); k--) {
                var before = counts.countAt(r, k, false);
                if (before.isPresent() && before.get().number() != null) {
                    return Optional.of(new FoundFigure(before.get().from(), hit.to(), hit.value().outcome(),
                            before.get().count(), CountReader.actorBetween(r, before.get().to(), hit.from()),
                            before.get().nounClass(), -1, "casualty.managed-to", false, before.get().noun()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code casualty.campaign-reach}: "حملة دهم واعتقالات نفذتها قسد في المنطقة مطلع الشهر الجاري، طالت 15 شخصاً":
     * who carried out the campaign, where and when may stand between it and the count of those it took.
     */
    private Optional<FoundFigure> reached(Reading r, PhraseTable.Hit<Trigger> hit) {
        Tokens t = r.tokens();
        for (int k = hit.to(); k < Math.min(t.size(), hit.to() + 14) && t.sameSentence(k, hit.from()); k++) {
            if (lex.triggers.at(t, k).isPresent() || r.numberAt(k).isPresent()) {
                return Optional.empty();
            }
            if (lex.is(t, k, Context.REACHED)) {
                var cp = counts.countAt(r, lex.context.at(t, k).get().to(), false);
                return cp.map(c -> counts.figure(r, hit.from(), c, hit.value().outcome(), "casualty.campaign-reach"));
            }
        }
        return Optional.empty();
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

    /** "واعتقال آخر": one more, on the side of the figure just before it in the sentence. */
    private Optional<FoundFigure> another(Reading r, PhraseTable.Hit<Trigger> hit, int j, List<FoundFigure> out) {
        if (!lex.is(r.tokens(), j, Context.ANOTHER) || out.isEmpty()) {
            return Optional.empty();
        }
        FoundFigure prev = out.get(out.size() - 1);
        if (!r.tokens().sameSentence(prev.from(), hit.from())) {
            return Optional.empty();
        }
        return Optional.of(new FoundFigure(hit.from(), j + 1, hit.value().outcome(), Count.exact(1), prev.actorId(),
                prev.nounClass(), -1, "casualty.another", false, null));
    }

    private Optional<FoundFigure> person(Reading r, PhraseTable.Hit<Trigger> hit, List<FoundFigure> out) {
        // "من بين القتلى ثلاثة عناصر من قوى الأمن الداخلي": among the dead, a count follows the noun
        if (hit.from() > 0 && lex.is(r.tokens(), hit.from() - 1, Context.SUBSET)
                || hit.from() > 1 && lex.is(r.tokens(), hit.from() - 2, Context.SUBSET)) {
            var among = counts.countAt(r, hit.to(), false);
            if (among.isPresent()) {
                FoundFigure f = counts.figure(r, hit.from(), among.get(), hit.value().outcome(), "casualty.among");
                return Optional.of(f.withParent(referent(r.tokens(), out, f)));
            }
        }
        var n = r.numberEndingAt(hit.from() - 1);
        if (n.isEmpty() && hit.from() > 1 && CountReader.isPartitive(r.tokens(), hit.from() - 1)
                && r.tokens().get(hit.from()).text().startsWith("ال")) {
            n = r.numberEndingAt(hit.from() - 2); // "العشرات من الجرحى", "خمسة من القتلى"
        }
        if (n.isPresent() && !counts.heldPopulation(r, n.get().from())) {
            r.consume(n.get());
            var cp = new CountPhrase(n.get().from(), hit.to(), n.get().count(), null, n.get(), null);
            return Optional.of(counts.figure(r, n.get().from(), cp, hit.value().outcome(), "casualty.number-before-noun"));
        }
        var after = counts.countAt(r, hit.to(), false); // "جثث 3 أشخاص", "جثة شاب"
        if (after.isPresent() && (after.get().number() != null || after.get().count().value() != null)) {
            return Optional.of(counts.figure(r, hit.from(), after.get(), hit.value().outcome(), "casualty.noun-of"));
        }
        var own = r.nounCount(hit.from());
        // "وأن الجريحين من عناصر الحاجز نقلا": a definite dual names the wounded already counted, it adds none
        if (own.isPresent() && own.get().qualifier() == org.sijill.text.Qualifier.EXACT
                && !CountReader.definite(r.tokens().get(hit.from()).text())) {
            var cp = new CountPhrase(hit.from(), hit.to(), own.get(), null, null, null);
            return Optional.of(counts.figure(r, hit.from(), cp, hit.value().outcome(), "casualty.noun-count"));
        }
        return Optional.empty();
    }

    /**
     * "أصيب تسعة آخرون ... وأضاف المصدر أن بين الجرحى ثلاثة أطفال": the definite "الجرحى" after "بين" names people
     * already counted, the latest larger figure of the same outcome told in the sentences just before; -1 if none.
     */
    private static int referent(Tokens t, List<FoundFigure> out, FoundFigure among) {
        Long part = among.count().value();
        int sentence = t.get(among.from()).sentence();
        for (int i = out.size() - 1; i >= 0; i--) {
            FoundFigure f = out.get(i);
            if (sentence - t.get(f.from()).sentence() > REFERENT_SENTENCES) {
                return -1;
            }
            if (f.outcome() == among.outcome() && f.parent() < 0) {
                Long whole = f.count().value();
                return whole != null && part != null && whole > part ? i : -1;
            }
        }
        return -1;
    }

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

    private Optional<FoundFigure> verb(Reading r, PhraseTable.Hit<Trigger> hit, List<FoundFigure> out) {
        Tokens t = r.tokens();
        int bareUntil = hit.to() + 1; // where a self-counting noun may still stand: right after the verb or its subject
        for (int k = hit.to(); k < Math.min(t.size(), hit.to() + VERB_RIGHT) && t.sameClause(k, hit.from()); k++) {
            if (lex.is(t, k, Context.STOP) || lex.triggers.at(t, k).isPresent()) {
                break;
            }
            if (lex.is(t, k, Context.ANOTHER)) {
                return another(r, hit, k, out);
            }
            int time = lex.timeEndingAfter(t, k);
            if (time > k && k <= bareUntil) {
                // "اختطف مسلحون مجهولون مساء أمس فتاة": when it happened stands between the verb and its object
                bareUntil += time - k;
                k = time - 1;
                continue;
            }
            var cp = counts.countAt(r, k, k == hit.to()); // "وأصيب آخرون": a plural right after the verb counts, vaguely
            var subject = r.actorAt(k);
            boolean definite = cp.isPresent() && cp.get().count().value() != null;
            if (subject.isPresent() && k <= bareUntil && !definite) {
                // "اغتال مسلحون مجهولون قيادياً": the subject is who acted, not whom it hit
                bareUntil = subject.get().to() + 1;
                k = subject.get().to() - 1;
                continue;
            }
            // a noun carrying its own count must follow the verb closely ("قتل مدني"); further on it is more
            // likely an adjective of something else ("أصيب بها قبل أيام بهجوم مسلح")
            if (cp.isPresent() && (cp.get().number() != null || k <= bareUntil)) {
                return Optional.of(counts.figure(r, hit.from(), cp.get(), hit.value().outcome(), "casualty.verb-object"));
            }
        }
        String last = t.get(hit.to() - 1).text();
        boolean plural = last.endsWith("وا") || last.endsWith("هم") || hit.to() - hit.from() > 1;
        int window = plural ? VERB_LEFT_PLURAL : VERB_LEFT_SINGULAR;
        for (int k = hit.from() - 1; k >= Math.max(0, hit.from() - window) && t.sameSentence(k, hit.from()); k--) {
            // "12 عنصراً ... قتلوا": a noun right after a number belongs to it; read from the number
            var before = r.numberEndingAt(k - 1);
            if (before.isPresent() && r.noun(k).isPresent()) {
                k = before.get().from();
            }
            var cp = counts.countAt(r, k, false);
            if (cp.isPresent() && cp.get().to() <= hit.from()) {
                String actor = CountReader.actorBetween(r, cp.get().to(), hit.from());
                if (actor == null) {
                    actor = CountReader.classActor(cp.get().nounClass());
                }
                return Optional.of(new FoundFigure(cp.get().from(), hit.to(), hit.value().outcome(), cp.get().count(),
                        actor, cp.get().nounClass(), -1, "casualty.verb-subject", false, cp.get().noun()));
            }
        }
        return Optional.empty();
    }
}
