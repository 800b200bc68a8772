package org.sijill.extract.rules;

import java.util.List;
import java.util.Optional;
import org.sijill.extract.Proclitics;
import org.sijill.extract.rules.FigureLexicon.Context;
import org.sijill.extract.rules.FigureLexicon.Trigger;
import org.sijill.text.Qualifier;

/**
 * The figure of a noun for the people harmed ("قتلى", "الجرحى", "جثة"): where its count stands. Rule ids:
 * <ul>
 * <li>{@code casualty.among}: the count after it, among people already counted, "من بين القتلى ثلاثة عناصر"</li>
 * <li>{@code casualty.number-before-noun}: "148 قتيلا", "العشرات من الجرحى"</li>
 * <li>{@code casualty.noun-of}: the count of those it is made of, "جثث 3 أشخاص", "جثة شاب"</li>
 * <li>{@code casualty.noun-count}: the noun's own count, "قتيلان" (a definite dual adds no one)</li>
 * </ul>
 */
final class PersonNounFigures {

    /** How many sentences back "بين الجرحى" may look for the wounded it is among. */
    private static final int REFERENT_SENTENCES = 2;

    private final FigureLexicon lex;

    private final CountReader counts;

    PersonNounFigures(FigureLexicon lex, CountReader counts) {
        this.lex = lex;
        this.counts = counts;
    }

    Optional<FoundFigure> read(Reading r, PhraseTable.Hit<Trigger> hit, List<FoundFigure> out) {
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
            return Optional.of(counts.figure(r, n.get().from(), cp, hit.value().outcome(),
                    "casualty.number-before-noun"));
        }
        var after = counts.countAt(r, hit.to(), false); // "جثث 3 أشخاص", "جثة شاب"
        if (after.isPresent() && (after.get().number() != null || after.get().count().value() != null)) {
            return Optional.of(counts.figure(r, hit.from(), after.get(), hit.value().outcome(), "casualty.noun-of"));
        }
        var own = r.nounCount(hit.from());
        // "وأن الجريحين من عناصر الحاجز نقلا": a definite dual names the wounded already counted, it adds none
        if (own.isPresent() && own.get().qualifier() == Qualifier.EXACT
                && !Proclitics.definite(r.tokens().get(hit.from()).text())) {
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
}
