package org.sijill.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sijill.api.Views.AttributionView;
import org.sijill.api.Views.CountView;
import org.sijill.api.Views.EvidenceView;
import org.sijill.api.Views.PeriodView;
import org.sijill.incidents.FigureRow;

/** Every casualty number the service read, with the words it came from. */
@Schema(name = "Figure")
public record FigureView(
        @Schema(examples = "a-9a7fc502708f0e6a.f0") String id,
        String articleId,
        @Schema(description = "Null for AGGREGATE figures") String incidentId,
        @Schema(description = "INCIDENT | AGGREGATE (a running tally over many incidents)") String scope,
        @Schema(description = "Whose casualties: an actor id, 'civilians' or 'unknown'") String actorId,
        @Schema(description = "KILLED | INJURED | ARRESTED | ESCAPED | MISSING | KILLED_OR_INJURED") String outcome,
        CountView count,
        @Schema(description = "Id of the figure this one is a subset of") String partOf,
        AttributionView attributedTo,
        PeriodView period,
        EvidenceView evidence,
        @Schema(examples = "casualty.number-before-noun") String ruleId) {

    public static FigureView from(FigureRow f) {
        return new FigureView(f.id, f.articleId, f.incidentId, f.scope, f.actorId, f.outcome,
                new CountView(f.value, f.low, f.high, f.qualifier), f.partOf,
                f.sourceId == null && f.sourceName == null ? null : new AttributionView(f.sourceId, f.sourceName),
                f.periodStart == null && f.periodEnd == null ? null : new PeriodView(f.periodStart, f.periodEnd),
                new EvidenceView(f.quote, f.startOffset, f.endOffset), f.ruleId);
    }
}
