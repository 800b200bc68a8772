package org.sijill.extract.rules;

import java.util.List;
import java.util.Optional;
import org.sijill.extract.rules.FigureLexicon.Context;
import org.sijill.extract.rules.FigureLexicon.Trigger;
import org.sijill.text.Count;

/**
 * {@code casualty.another}: "واعتقال آخر", "واعتقل آخر": one more, on the side of the figure just before it in the
 * same sentence ("أسفرت الاشتباكات عن مقتل عنصر من قسد، واعتقال آخر": a second SDF member, captured).
 */
final class AnotherFigure {

    private final FigureLexicon lex;

    AnotherFigure(FigureLexicon lex) {
        this.lex = lex;
    }

    /** "آخر" at token {@code j}, after the casualty word of {@code hit}; empty with no figure before it there. */
    Optional<FoundFigure> read(Reading r, PhraseTable.Hit<Trigger> hit, int j, List<FoundFigure> out) {
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
}
