package org.sijill.extract.rules;

import java.util.List;
import java.util.Optional;
import org.sijill.extract.model.Outcome;
import org.sijill.extract.rules.FigureLexicon.Context;
import org.sijill.extract.rules.FigureLexicon.Trigger;

/**
 * The figure of an event noun ("مقتل", "اعتقال", "فرار"): where its count stands. Rule ids:
 * <ul>
 * <li>{@code casualty.event-noun}: the count right after it, "مقتل ستة أشخاص", "فرار أكثر من 25 عنصرا"</li>
 * <li>{@code casualty.group-of}: the size of a group a few words on, "القبض على خلية ... مؤلفة من 5 أشخاص"</li>
 * <li>{@code casualty.campaign-reach}: whom an arrest campaign took, "حملة دهم ... نفذتها قسد ... طالت 15 شخصاً"</li>
 * <li>{@code casualty.managed-to}: the people counted before "من" + noun, "وتمكن 15 عنصراً من التنظيم من الفرار"</li>
 * </ul>
 * "واعتقال آخر" is {@link AnotherFigure}'s.
 */
final class EventNounFigures {

    private final FigureLexicon lex;

    private final CountReader counts;

    private final AnotherFigure another;

    EventNounFigures(FigureLexicon lex, CountReader counts, AnotherFigure another) {
        this.lex = lex;
        this.counts = counts;
        this.another = another;
    }

    Optional<FoundFigure> read(Reading r, PhraseTable.Hit<Trigger> hit, List<FoundFigure> out) {
        int j = hit.to();
        if (lex.is(r.tokens(), j, Context.ANOTHER)) {
            return another.read(r, hit, j, out);
        }
        var cp = counts.countAt(r, j, true);
        if (cp.isPresent() && !CountReader.definitePlural(r, cp.get())) {
            return Optional.of(counts.figure(r, hit.from(), cp.get(), hit.value().outcome(), "casualty.event-noun"));
        }
        var group = groupOf(r, hit);
        if (group.isPresent()) {
            return group;
        }
        if (hit.value().outcome() == Outcome.ARRESTED) {
            var reach = reached(r, hit);
            if (reach.isPresent()) {
                return reach;
            }
        }
        return managedTo(r, hit);
    }

    /** {@code casualty.group-of}: "القبض على خلية ... مؤلفة من 5 أشخاص": the group's size, a few words on. */
    private Optional<FoundFigure> groupOf(Reading r, PhraseTable.Hit<Trigger> hit) {
        Tokens t = r.tokens();
        int j = hit.to();
        for (int k = j; k < Math.min(t.size(), j + 6) && t.sameClause(k, hit.from()); k++) {
            if (lex.is(t, k, Context.GROUP_OF)) {
                var size = counts.countAt(r, lex.context.at(t, k).get().to(), false);
                if (size.isPresent()) {
                    FoundFigure f = counts.figure(r, hit.from(), size.get(), hit.value().outcome(),
                            "casualty.group-of");
                    String group = CountReader.actorBetween(r, j, k); // "خلية تابعة لتنظيم داعش مؤلفة من ..."
                    return Optional.of(f.actorId() == null && group != null ? f.withActor(group) : f);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code casualty.managed-to}: "وتمكن 15 عنصراً من التنظيم من الفرار": those who managed, counted before. */
    private Optional<FoundFigure> managedTo(Reading r, PhraseTable.Hit<Trigger> hit) {
        Tokens t = r.tokens();
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
}
