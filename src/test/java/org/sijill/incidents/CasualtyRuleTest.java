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

    private final CasualtyRule rule = new CasualtyRule(java.util.Map.of("asayish", "sdf"));

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
    void aChildActorsRowIsPartOfItsParentsWithoutAnyPartOfLink() {
        var rows = rule.casualties(List.of(
                new CasualtyRule.Input("a", fig(0, "sdf", Outcome.KILLED, Quantity.exact(6), null), "MONITOR"),
                new CasualtyRule.Input("b", fig(0, "asayish", Outcome.KILLED, Quantity.exact(2), null), "MONITOR"),
                new CasualtyRule.Input("b", fig(1, "isis", Outcome.KILLED, Quantity.exact(2), null), "MONITOR")));
        assertEquals("sdf", rows.stream().filter(r -> r.actorId().equals("asayish")).findFirst().orElseThrow()
                .partOfActorId());
        // totals: 6 SDF (the 2 Asayish are among them) + 2 ISIS
        assertEquals(List.of(new CasualtyRule.Total(Outcome.KILLED, 8, 8, 8)), rule.totals(rows));
    }

    @Test
    void unknownSideCountsOnlyBeyondTheKnownSides() {
        // one source: "6 people killed, about 10 injured"; another: "6 SDF members and 2 attackers killed"
        var rows = rule.casualties(List.of(
                new CasualtyRule.Input("a", fig(0, "unknown", Outcome.KILLED, Quantity.exact(6), null), "ARMED_GROUP_MEDIA"),
                new CasualtyRule.Input("b", fig(0, "sdf", Outcome.KILLED, Quantity.exact(6), null), "MONITOR"),
                new CasualtyRule.Input("b", fig(1, "isis", Outcome.KILLED, Quantity.exact(2), null), "MONITOR")));
        assertEquals(List.of(new CasualtyRule.Total(Outcome.KILLED, 8, 8, 8)), rule.totals(rows));
        // and a larger unknown-side toll wins: "about 500 killed, among them 374 ISIS"
        var big = rule.casualties(List.of(
                new CasualtyRule.Input("c", fig(0, "unknown", Outcome.KILLED, new Quantity(500, 450, 550, "APPROXIMATE"),
                        null), "OFFICIAL"),
                new CasualtyRule.Input("c", fig(1, "isis", Outcome.KILLED, Quantity.exact(374), 0), "OFFICIAL")));
        assertEquals(List.of(new CasualtyRule.Total(Outcome.KILLED, 450, 500, 550)), rule.totals(big));
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
