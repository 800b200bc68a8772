package org.sijill.extract.rules;

import java.util.List;
import java.util.function.UnaryOperator;
import org.sijill.extract.model.Outcome;

/** The lexicons the figure rules read, loaded once through the text normaliser's key function. */
public final class FigureLexicon {

    public enum Form { EVENT, PERSON, VERB, TOLL, LATIN, ELIMINATION }

    public enum Context { AGGREGATE, SUBSET, BREAKDOWN, HOLDING, STOP, VICTIM_OF, ANOTHER, NEGATED, GROUP_OF, NON_CONFLICT,
        REACHED }

    public record Trigger(Outcome outcome, Form form) {
    }

    final PhraseTable<Trigger> triggers;
    final PhraseTable<Context> context;
    final PhraseTable<Outcome> negations;
    /** Times of day, relative days and weekdays ("مساء أمس", "الخميس"): they may stand between a verb and its object. */
    private final List<PhraseTable<String>> times;

    public FigureLexicon(UnaryOperator<String> key) {
        triggers = PhraseTable.load("/lexicon/ar/casualty-triggers.tsv", key, true,
                r -> new Trigger(Outcome.valueOf(r[1]), Form.valueOf(r[2])));
        context = PhraseTable.load("/lexicon/ar/figure-context.tsv", key, true, r -> Context.valueOf(r[1]));
        negations = PhraseTable.load("/lexicon/ar/casualty-negations.tsv", key, true, r -> Outcome.valueOf(r[1]));
        times = List.of(PhraseTable.load("/lexicon/ar/parts-of-day.tsv", key, true, r -> r[0]),
                PhraseTable.load("/lexicon/ar/relative-dates.tsv", key, true, r -> r[0]),
                PhraseTable.load("/lexicon/ar/weekdays.tsv", key, true, r -> r[0]));
    }

    /** The end of a time phrase starting at token i ("مساء", "أمس", "السبت"), or -1. */
    int timeEndingAfter(Tokens tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return -1;
        }
        for (PhraseTable<String> table : times) {
            var hit = table.at(tokens, i);
            if (hit.isPresent()) {
                return hit.get().to();
            }
        }
        return -1;
    }

    boolean is(Tokens tokens, int i, Context c) {
        return i >= 0 && i < tokens.size() && context.at(tokens, i).map(h -> h.value() == c).orElse(false);
    }
}
