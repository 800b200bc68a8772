package org.sijill.extract.rules;

import org.sijill.extract.model.Outcome;
import org.sijill.text.Count;

/**
 * A figure as the rules found it, in token coordinates.
 *
 * @param parent index (in the rules' output list) of the figure this one is part of, or -1
 * @param actorId null when the rules found no owner; the pipeline then applies defaults
 */
public record FoundFigure(int from, int to, Outcome outcome, Count count, String actorId, String nounClass, int parent,
        String ruleId, boolean aggregate, String noun) {

    FoundFigure withParent(int p) {
        return new FoundFigure(from, to, outcome, count, actorId, nounClass, p, ruleId, aggregate, noun);
    }

    FoundFigure withActor(String a) {
        return new FoundFigure(from, to, outcome, count, a, nounClass, parent, ruleId, aggregate, noun);
    }

    FoundFigure asAggregate() {
        return new FoundFigure(from, to, outcome, count, actorId, nounClass, parent, ruleId, true, noun);
    }
}
