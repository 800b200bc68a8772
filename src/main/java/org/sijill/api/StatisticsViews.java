package org.sijill.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sijill.api.Views.CountView;
import org.sijill.api.Views.EvidenceView;
import org.sijill.api.Views.PeriodView;
import org.sijill.stats.ReportedQuery;
import org.sijill.stats.StatisticsMethod;

/** What the statistics endpoints answer. */
public final class StatisticsViews {

    private StatisticsViews() {
    }

    @Schema(name = "CasualtyStatistics")
    public record CasualtyStatistics(
            @Schema(description = "The grouping applied, in order; outcome is always among them") List<String> groupBy,
            @Schema(type = SchemaType.ARRAY, implementation = CasualtyRow.class,
                    description = "One per combination of the groupBy keys that has casualties")
            List<Map<String, Object>> rows,
            @Schema(description = "Where the method is explained", examples = "/api/v1/statistics/method")
            String method) {
    }

    /** For the OpenAPI document: a row has the groupBy keys it was asked for, then the measures. */
    @Schema(name = "CasualtyStatisticsRow", description = "Only the keys named in groupBy are present (null: not "
            + "known); partOfActorId comes with actor. low/best/high are sums over the row's incidents")
    public record CasualtyRow(@Schema(examples = "SY08") String admin1, @Schema(examples = "SY0800") String admin2,
            @Schema(examples = "2022-01", description = "Null when the incident's date spans more than one month")
            String month,
            @Schema(examples = "2022", description = "Null when the incident's date spans more than one year")
            Integer year, @Schema(examples = "isis") String actor,
            @Schema(description = "The actor these casualties are part of (never add them to its row)")
            String partOfActorId,
            @Schema(examples = "KILLED") String outcome, @Schema(examples = "BATTLES") String eventType,
            @Schema(examples = "sohr") String source, long low, long best, long high,
            @Schema(description = "Incidents contributing to the row") long incidents,
            @Schema(description = "Reported figures behind the row") long figures) {
    }

    @Schema(name = "StatisticsMethod")
    public record MethodView(String title, List<SectionView> sections) {
        static MethodView from(StatisticsMethod m) {
            return new MethodView(m.title(), m.sections().stream().map(s -> new SectionView(s.heading(), s.text()))
                    .toList());
        }
    }

    @Schema(name = "StatisticsMethodSection")
    public record SectionView(String heading, @Schema(description = "Markdown") String text) {
    }

    @Schema(name = "ReportedSource", description = "Who gave the tally")
    public record ReportedSource(String id, String name, String nameAr, String kind,
            @Schema(description = "ATTRIBUTED: the article names who gave it; PUBLISHER: the article's own voice")
            String basis) {
    }

    @Schema(name = "ReportedTally", description = "An AGGREGATE figure: a running tally over many incidents, as "
            + "reported; never summed into statistics")
    public record ReportedTally(String id, String articleId, String actorId,
            @Schema(description = "KILLED | INJURED | ARRESTED | ESCAPED | MISSING | KILLED_OR_INJURED") String outcome,
            CountView count, @Schema(description = "Id of the tally this one is a subset of") String partOf,
            ReportedSource source, PeriodView period, EvidenceView evidence, String ruleId) {

        static ReportedTally from(ReportedQuery.Tally t) {
            return new ReportedTally(t.id(), t.articleId(), t.actorId(), t.outcome(),
                    new CountView(t.value(), t.low(), t.high(), t.qualifier()), t.partOf(),
                    t.sourceId() == null && t.sourceName() == null ? null
                            : new ReportedSource(t.sourceId(), t.sourceName(), t.sourceNameAr(), t.sourceKind(),
                                    t.sourceBasis()),
                    t.periodStart() == null && t.periodEnd() == null ? null
                            : new PeriodView(t.periodStart(), t.periodEnd()),
                    new EvidenceView(t.quote(), t.start(), t.end()), t.ruleId());
        }
    }

    @Schema(name = "ReportedTallyPage")
    public record ReportedPage(List<ReportedTally> items, long total, int offset, int limit, String next) {
    }
}
