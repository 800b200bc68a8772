package org.sijill.extract.rules;

import java.util.List;
import java.util.Optional;
import org.sijill.extract.rules.FigureLexicon.Trigger;
import org.sijill.text.Count;

/**
 * {@code casualty.latin}: counts in English quoted in an Arabic article, before the casualty word ("leaves 18 SDF
 * security forces dead"), and further counts in the same sentence ("at least 16 Isis members too").
 */
final class LatinFigures {

    LatinFigures() {
    }

    Optional<FoundFigure> latin(Reading r, PhraseTable.Hit<Trigger> hit) {
        Tokens t = r.tokens();
        for (int k = hit.from() - 1; k >= Math.max(0, hit.from() - 6) && t.sameClause(k, hit.from()); k--) {
            var n = r.numberAt(k);
            if (n.isPresent()) {
                r.consume(n.get());
                return Optional.of(new FoundFigure(n.get().from(), hit.to(), hit.value().outcome(),
                        latinQualified(t, n.get()), CountReader.actorBetween(r, n.get().to(), hit.from()), null, -1,
                        "casualty.latin", false, null));
            }
        }
        return Optional.empty();
    }

    /** "..., at least 16 Isis members too": a further count in the same English sentence shares the outcome. */
    void latinContinued(Reading r, List<FoundFigure> out, int index) {
        Tokens t = r.tokens();
        FoundFigure f = out.get(index);
        for (int k = f.to(); k < t.size() && t.sameSentence(k, f.from()); k++) {
            var n = r.numberAt(k);
            if (n.isPresent()) {
                String actor = CountReader.actorBetween(r, n.get().to(), Math.min(t.size(), n.get().to() + 3));
                if (actor != null) {
                    r.consume(n.get());
                    int end = Math.min(t.size(), n.get().to() + 3);
                    out.add(new FoundFigure(n.get().from(), end, f.outcome(), latinQualified(t, n.get()), actor, null,
                            -1, "casualty.latin", false, null));
                }
            }
        }
    }

    private static Count latinQualified(Tokens t, Reading.NumberRef n) {
        boolean atLeast = n.from() >= 2 && t.get(n.from() - 2).text().equalsIgnoreCase("at")
                && t.get(n.from() - 1).text().equalsIgnoreCase("least");
        return atLeast && n.count().value() != null ? Count.atLeast(n.count().value()) : n.count();
    }
}
