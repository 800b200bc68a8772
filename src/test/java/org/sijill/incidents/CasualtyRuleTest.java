package org.sijill.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.extract.model.Evidence;
import org.sijill.extract.model.FigureFact;
import org.sijill.extract.model.Outcome;
import org.sijill.extract.model.Quantity;
import org.sijill.extract.model.Scope;

class CasualtyRuleTest {

    private final CasualtyRule rule = new CasualtyRule();

    private static FigureFact fig(int ordinal, String actor, Outcome outcome, Quantity q, Integer partOf) {
        return new FigureFact(ordinal, Scope.INCIDENT, actor, outcome, q, partOf, null, null, null,
                new Evidence("x", 0, 1), "test", 0);
    }

    @Test
    void bestPrefersTrustedSourcesLowAndHighSpanAllReports() {
        // a military source to a news agency says 7 SDF killed; a tweet says 18
        var rows = rule.casualties(List.of(
                new CasualtyRule.Input("a", fig(0, "sdf", Outcome.KILLED, Quantity.exact(7), null), "NEWS_AGENCY"),
                new CasualtyRule.Input("b", fig(0, "sdf", Outcome.KILLED, Quantity.exact(18), null), "SOCIAL_MEDIA")));
        assertEquals(List.of(new CasualtyRule.Row("sdf", Outcome.KILLED, 7, 7, 18, 2, null)), rows);
    }

    @Test
    void atLeastFromATweetDoesNotBeatADefiniteCount() {
        var atLeast16 = new Quantity(16, 16, null, "AT_LEAST");
        var rows = rule.casualties(List.of(
                new CasualtyRule.Input("a", fig(0, "isis", Outcome.KILLED, Quantity.exact(23), null), null),
                new CasualtyRule.Input("b", fig(0, "isis", Outcome.KILLED, atLeast16, null), "SOCIAL_MEDIA")));
        assertEquals(new CasualtyRule.Row("isis", Outcome.KILLED, 16, 23, 23, 2, null), rows.get(0));
    }

    @Test
    void aRisingTollTakesTheLargestFromTheSameTier() {
        var rows = rule.casualties(List.of(
                new CasualtyRule.Input("a", fig(0, "sdf", Outcome.KILLED, Quantity.exact(2), null), "MONITOR"),
                new CasualtyRule.Input("a", fig(1, "sdf", Outcome.KILLED, Quantity.exact(6), null), "MONITOR")));
        assertEquals(new CasualtyRule.Row("sdf", Outcome.KILLED, 2, 6, 6, 2, null), rows.get(0));
    }

    @Test
    void subsetIsItsOwnRowMarkedAsPartOfItsParent() {
        var rows = rule.casualties(List.of(
                new CasualtyRule.Input("a", fig(0, "sdf", Outcome.KILLED, Quantity.exact(6), null), "MONITOR"),
                new CasualtyRule.Input("a", fig(1, "asayish", Outcome.KILLED, Quantity.exact(3), 0), "MONITOR")));
        assertEquals(2, rows.size());
        assertEquals("sdf", rows.get(0).actorId());
        assertNull(rows.get(0).partOfActorId());
        assertEquals("asayish", rows.get(1).actorId());
        assertEquals("sdf", rows.get(1).partOfActorId());
    }

    @Test
    void vagueCountsGiveBestEqualLow() {
        var tens = new Quantity(null, 10, 99, "VAGUE");
        var rows = rule.casualties(List.of(
                new CasualtyRule.Input("a", fig(0, "sdf", Outcome.KILLED, tens, null), "NEWS_AGENCY")));
        assertEquals(new CasualtyRule.Row("sdf", Outcome.KILLED, 10, 10, 99, 1, null), rows.get(0));
    }

    @Test
    void aggregateFiguresAreNeverUsed() {
        var tally = new FigureFact(0, Scope.AGGREGATE, "civilians", Outcome.KILLED, Quantity.exact(54), null, null,
                null, null, new Evidence("x", 0, 1), "test", null);
        assertEquals(List.of(), rule.casualties(List.of(new CasualtyRule.Input("a", tally, "MONITOR"))));
    }
}
