package org.sijill.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sijill.api.Views.ActorRoleView;
import org.sijill.api.Views.CasualtyView;
import org.sijill.api.Views.LocationView;

/** An incident with every figure behind its casualties and the articles that only mention it in passing. */
@Schema(name = "IncidentDetail")
public record IncidentDetail(String id, String title, String eventType, String subEventType, DateRangeView date,
        LocationView location, List<ActorRoleView> actors, List<CasualtyView> casualties, List<String> articleIds,
        List<String> sourceIds, List<FigureView> figures,
        @Schema(description = "Articles that mention this incident only in passing (e.g. as background)")
        List<String> referencedBy) {

    static IncidentDetail of(IncidentSummary s, List<FigureView> figures, List<String> referencedBy) {
        return new IncidentDetail(s.id(), s.title(), s.eventType(), s.subEventType(), s.date(), s.location(),
                s.actors(), s.casualties(), s.articleIds(), s.sourceIds(), figures, referencedBy);
    }
}
