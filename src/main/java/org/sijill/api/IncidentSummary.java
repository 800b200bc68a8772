package org.sijill.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sijill.api.Views.ActorRoleView;
import org.sijill.api.Views.AdminView;
import org.sijill.api.Views.CasualtyView;
import org.sijill.api.Views.LocationView;
import org.sijill.api.Views.PlaceView;
import org.sijill.incidents.Incident;
import org.sijill.incidents.IncidentQuery;

/** One real-world event, deduplicated across every article that reports it. */
@Schema(name = "IncidentSummary")
public record IncidentSummary(
        @Schema(examples = "inc-3f2a9c01d4e5") String id,
        @Schema(description = "Generated, English") String title,
        @Schema(description = "ACLED event type", examples = "BATTLES") String eventType,
        @Schema(examples = "ARMED_CLASH") String subEventType,
        DateRangeView date,
        LocationView location,
        List<ActorRoleView> actors,
        List<CasualtyView> casualties,
        @Schema(description = "Articles that report this incident") List<String> articleIds,
        @Schema(description = "Publishers of those articles and sources cited for its figures") List<String> sourceIds) {

    public static IncidentSummary from(IncidentQuery.View v) {
        Incident i = v.incident();
        return new IncidentSummary(i.id, i.title, i.eventType, i.subEventType,
                DateRangeView.of(i.dateStart, i.dateEnd, i.datePrecision, i.dateBasis), location(i),
                v.actors().stream().map(a -> new ActorRoleView(a.actorId(), a.name(), a.role())).toList(),
                v.casualties().stream().map(c -> new CasualtyView(c.actorId(), c.outcome(), c.low(), c.best(),
                        c.high(), c.figureCount(), c.partOfActorId())).toList(),
                v.articleIds(), v.sourceIds());
    }

    static LocationView location(Incident i) {
        return new LocationView(i.country, i.admin1 == null ? null : new AdminView(i.admin1, i.admin1Name, i.admin1NameAr),
                i.admin2 == null ? null : new AdminView(i.admin2, i.admin2Name, i.admin2NameAr),
                i.placeName == null && i.placeNameAr == null ? null : new PlaceView(i.placeName, i.placeNameAr),
                i.site, i.lat, i.lon, i.locPrecision);
    }
}
