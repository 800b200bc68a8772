package org.sijill.extract.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.sijill.extract.rules.FigureLexicon.Context;

/**
 * What happens to the figures of an article once all are read: those of accidents are dropped, those in a tally
 * sentence become aggregates, and a headline figure the body repeats is kept once. Parent links are renumbered.
 */
final class FigureFilters {

    private final FigureLexicon lex;

    FigureFilters(FigureLexicon lex) {
        this.lex = lex;
    }

    List<FoundFigure> apply(Tokens t, List<FoundFigure> figures) {
        return withoutTitleRepeats(t, markAggregates(t, withoutAccidents(t, figures)));
    }

    /** "لقي 7 أشخاص مصرعهم في حادث سير": casualties of an accident are not conflict figures. */
    private List<FoundFigure> withoutAccidents(Tokens t, List<FoundFigure> figures) {
        var accidents = new HashSet<Integer>();
        for (var hit : lex.context.findAll(t)) {
            if (hit.value() == Context.NON_CONFLICT) {
                accidents.add(t.get(hit.from()).sentence());
            }
        }
        if (accidents.isEmpty()) {
            return figures;
        }
        var keep = new boolean[figures.size()];
        var index = new int[figures.size()];
        var out = new ArrayList<FoundFigure>();
        for (int i = 0; i < figures.size(); i++) {
            FoundFigure f = figures.get(i);
            keep[i] = !accidents.contains(t.get(f.from()).sentence()) && (f.parent() < 0 || keep[f.parent()]);
            index[i] = keep[i] ? out.size() : -1;
            if (keep[i]) {
                out.add(f.parent() < 0 ? f : f.withParent(index[f.parent()]));
            }
        }
        return out;
    }

    /**
     * A headline repeats the lead ("ارتفاع عدد قتلى قسد إلى 6 بينهم 3 ..." above "ارتفع عدد قتلى ... إلى 6 بينهم 3"):
     * a figure on the first line that the body states again is the same figure, kept once, where the body says it.
     */
    private static List<FoundFigure> withoutTitleRepeats(Tokens t, List<FoundFigure> figures) {
        int titleEnd = t.key().indexOf('\n');
        if (titleEnd < 0) {
            return figures;
        }
        var drop = new boolean[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            if (t.get(figures.get(i).from()).start() >= titleEnd) {
                break;
            }
            for (int j = i + 1; j < figures.size(); j++) {
                if (t.get(figures.get(j).from()).start() > titleEnd && same(figures, i, j)) {
                    drop[i] = true;
                    break;
                }
            }
        }
        var index = new int[figures.size()];
        var out = new ArrayList<FoundFigure>();
        for (int i = 0; i < figures.size(); i++) {
            index[i] = drop[i] ? -1 : out.size();
            if (!drop[i]) {
                FoundFigure f = figures.get(i);
                out.add(f.parent() < 0 ? f : f.withParent(index[f.parent()]));
            }
        }
        return out;
    }

    private static boolean same(List<FoundFigure> figures, int i, int j) {
        FoundFigure a = figures.get(i);
        FoundFigure b = figures.get(j);
        boolean parents = (a.parent() < 0 && b.parent() < 0)
                || (a.parent() >= 0 && b.parent() >= 0 && same(figures, a.parent(), b.parent()));
        // "٣ قتلى ..." above "قُتل ٣ عناصر من قسد": a headline count with no owner is the body's
        boolean owners = a.actorId() == null || Objects.equals(a.actorId(), b.actorId());
        return parents && a.outcome() == b.outcome() && owners && a.count().equals(b.count());
    }

    private List<FoundFigure> markAggregates(Tokens t, List<FoundFigure> figures) {
        var aggregateSentences = new HashSet<Integer>();
        for (var hit : lex.context.findAll(t)) {
            if (hit.value() == Context.AGGREGATE) {
                aggregateSentences.add(t.get(hit.from()).sentence());
            }
        }
        return figures.stream().map(f -> aggregateSentences.contains(t.get(f.from()).sentence()) ? f.asAggregate() : f)
                .toList();
    }
}
