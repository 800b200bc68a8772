package org.sijill.incidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijill.extract.model.FigureFact;
import org.sijill.extract.model.Outcome;
import org.sijill.extract.model.Scope;

/**
 * Forms an incident's casualties per (actor, outcome) from every figure reported for it, by one documented rule:
 * <ul>
 * <li>{@code low}: the smallest lower bound any source gave;</li>
 * <li>{@code high}: the largest number any source gave (its upper bound, or its value, or for an open-ended
 * "more than N" its lower bound);</li>
 * <li>{@code best}: the largest definite number (exact or approximate) from the most trusted tier of sources that
 * gave one: tier 1 monitors, news agencies, officials and news outlets (including the publisher's own voice);
 * tier 2 local networks and named persons; tier 3 armed-group media and social media. Tolls are revised upward as
 * news comes in, so within a tier the largest number is the latest. With no definite number, {@code best = low}.</li>
 * </ul>
 * A figure that is part of another ("6, including 3 Asayish") forms its own row, marked {@code partOfActorId}, and is
 * never added on top of the row it belongs to; so is a row of an actor whose parent actor also has a row (Asayish
 * within the SDF). AGGREGATE figures (running tallies) are never used.
 *
 * <p>Totals per outcome, over all sides: the sum of the rows not marked part of another, with casualties of an
 * unknown side counted only as far as they exceed the known ones (an "6 people killed" from one source and "6 SDF
 * members killed" from another are the same six): {@code total = max(sum of known sides, unknown side)} for low,
 * best and high alike.
 */
public final class CasualtyRule {

    /** A figure as the rule needs it: the fact, its article, and the kind of the source it is attributed to. */
    public record Input(String articleId, FigureFact figure, String sourceKind) {
    }

    public record Row(String actorId, Outcome outcome, int low, int best, int high, int figureCount,
            String partOfActorId) {
        Row partOf(String actor) {
            return new Row(actorId, outcome, low, best, high, figureCount, actor);
        }
    }

    /** All sides together, for one outcome. */
    public record Total(Outcome outcome, int low, int best, int high) {
    }

    private final Map<String, String> parentActor;

    /** @param parentActor actor id → its parent actor id (asayish → sdf) */
    public CasualtyRule(Map<String, String> parentActor) {
        this.parentActor = parentActor;
    }

    public List<Total> totals(List<Row> rows) {
        var out = new ArrayList<Total>();
        for (Outcome o : Outcome.values()) {
            int[] known = new int[3];
            int[] unknown = new int[3];
            boolean any = false;
            for (Row r : rows) {
                if (r.outcome() != o || r.partOfActorId() != null) {
                    continue;
                }
                any = true;
                int[] into = "unknown".equals(r.actorId()) ? unknown : known;
                into[0] += r.low();
                into[1] += r.best();
                into[2] += r.high();
            }
            if (any) {
                out.add(new Total(o, Math.max(known[0], unknown[0]), Math.max(known[1], unknown[1]),
                        Math.max(known[2], unknown[2])));
            }
        }
        return out;
    }

    public List<Row> casualties(List<Input> figures) {
        Map<String, Input> byKey = new LinkedHashMap<>();
        figures.forEach(f -> byKey.put(f.articleId() + "#" + f.figure().ordinal(), f));
        Map<String, List<Input>> groups = new LinkedHashMap<>();
        for (Input f : figures) {
            if (f.figure().scope() == Scope.INCIDENT) {
                groups.computeIfAbsent(f.figure().actorId() + "|" + f.figure().outcome(), k -> new ArrayList<>()).add(f);
            }
        }
        var rows = new ArrayList<Row>();
        for (List<Input> group : groups.values()) {
            rows.add(row(group, partOfFigure(group, byKey)));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.partOfActorId() == null) {
                String ancestor = presentAncestor(r, rows);
                if (ancestor != null) {
                    rows.set(i, r.partOf(ancestor));
                }
            }
        }
        rows.sort(Comparator.comparing(Row::outcome).thenComparing(Row::partOfActorId, Comparator.nullsFirst(
                Comparator.naturalOrder())).thenComparing(Row::actorId));
        return rows;
    }

    private static Row row(List<Input> group, String partOf) {
        FigureFact first = group.get(0).figure();
        int low = group.stream().mapToInt(f -> f.figure().count().low()).min().orElse(0);
        int high = group.stream().mapToInt(f -> upper(f.figure())).max().orElse(low);
        int bestTier = group.stream().filter(f -> f.figure().count().value() != null)
                .mapToInt(f -> tier(f.sourceKind())).min().orElse(Integer.MAX_VALUE);
        int best = group.stream().filter(f -> f.figure().count().value() != null && tier(f.sourceKind()) == bestTier)
                .mapToInt(f -> f.figure().count().value()).max().orElse(low);
        best = Math.max(low, Math.min(best, high));
        return new Row(first.actorId(), first.outcome(), low, best, high, group.size(), partOf);
    }

    private static int upper(FigureFact f) {
        if (f.count().high() != null) {
            return f.count().high();
        }
        return f.count().value() != null ? f.count().value() : f.count().low();
    }

    /** The actor of a figure that some figure in this group is said to be part of ("500 ... بينهم 374"). */
    private static String partOfFigure(List<Input> group, Map<String, Input> byKey) {
        for (Input f : group) {
            if (f.figure().partOf() == null) {
                continue;
            }
            Input p = byKey.get(f.articleId() + "#" + f.figure().partOf());
            if (p != null && p.figure().outcome() == f.figure().outcome()
                    && !p.figure().actorId().equals(f.figure().actorId())) {
                return p.figure().actorId();
            }
        }
        return null;
    }

    /** The nearest parent actor (asayish → sdf) that has a row of the same outcome in this incident. */
    private String presentAncestor(Row r, List<Row> rows) {
        String a = parentActor.get(r.actorId());
        for (int depth = 0; a != null && depth < 10; depth++) {
            String candidate = a;
            if (rows.stream().anyMatch(x -> x.outcome() == r.outcome() && x.actorId().equals(candidate))) {
                return candidate;
            }
            a = parentActor.get(a);
        }
        return null;
    }

    static int tier(String sourceKind) {
        if (sourceKind == null) {
            return 1;
        }
        return switch (sourceKind) {
            case "MONITOR", "NEWS_AGENCY", "OFFICIAL", "NEWS_OUTLET" -> 1;
            case "LOCAL_NETWORK", "PERSON" -> 2;
            default -> 3;
        };
    }
}
