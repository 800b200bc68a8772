package org.sijill.incidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
 * never added on top of the row it belongs to. AGGREGATE figures (running tallies) are never used.
 */
public final class CasualtyRule {

    /** A figure as the rule needs it: the fact, its article, and the kind of the source it is attributed to. */
    public record Input(String articleId, FigureFact figure, String sourceKind) {
    }

    public record Row(String actorId, Outcome outcome, int low, int best, int high, int figureCount,
            String partOfActorId) {
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
            rows.add(row(group, parentActor(group, byKey)));
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

    /** The actor whose row this group belongs to, when every figure in it is part of a figure of that actor. */
    private static String parentActor(List<Input> group, Map<String, Input> byKey) {
        String parent = null;
        for (Input f : group) {
            if (f.figure().partOf() == null) {
                return null;
            }
            Input p = byKey.get(f.articleId() + "#" + f.figure().partOf());
            if (p == null || p.figure().outcome() != f.figure().outcome()
                    || p.figure().actorId().equals(f.figure().actorId())
                    || (parent != null && !parent.equals(p.figure().actorId()))) {
                return null;
            }
            parent = p.figure().actorId();
        }
        return parent;
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

    /** Convenience for callers that hold figures and a source-kind lookup. */
    public static List<Input> inputs(String articleId, List<FigureFact> figures, Function<FigureFact, String> kind) {
        return figures.stream().map(f -> new Input(articleId, f, kind.apply(f))).filter(Objects::nonNull).toList();
    }
}
