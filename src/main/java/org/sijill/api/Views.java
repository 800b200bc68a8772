package org.sijill.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Small value shapes shared by several API records. */
public final class Views {

    private Views() {
    }

    @Schema(name = "Evidence", description = "The exact words a fact came from: quote == text.substring(start, end), "
            + "UTF-16 offsets into the article's original text")
    public record EvidenceView(String quote, int start, int end) {
    }

    @Schema(name = "Count", description = "A reported number: value as given (null when only bounds are known), "
            + "low..high the range it implies (high null when open-ended)")
    public record CountView(Integer value, int low, Integer high,
            @Schema(description = "EXACT | APPROXIMATE | AT_LEAST | AT_MOST | VAGUE") String qualifier) {
    }

    @Schema(name = "Attribution", description = "Who the article says gave the number")
    public record AttributionView(String sourceId, String name) {
    }

    @Schema(name = "Period")
    public record PeriodView(LocalDate start, LocalDate end) {
    }

    @Schema(name = "AdminUnit")
    public record AdminView(@Schema(examples = "SY08") String pcode, String name, String nameAr) {
    }

    @Schema(name = "PlaceName")
    public record PlaceView(String name, String nameAr) {
    }

    @Schema(name = "Location")
    public record LocationView(String country, AdminView admin1, AdminView admin2, PlaceView place,
            @Schema(description = "As named in the text, when finer than the place") String site, Double lat,
            Double lon, @Schema(description = "SITE | NEIGHBOURHOOD | TOWN | DISTRICT | GOVERNORATE | COUNTRY")
            String precision) {
    }

    @Schema(name = "IncidentActor")
    public record ActorRoleView(String id, String name, @Schema(description = "PERPETRATOR | TARGET | PARTICIPANT | "
            + "VICTIM") String role) {
    }

    @Schema(name = "Casualties", description = "Per actor and outcome: low/best/high over every figure reported")
    public record CasualtyView(String actorId, String outcome, int low, int best, int high, int figureCount,
            @Schema(description = "Set when these casualties are part of another actor's row (never add them)")
            String partOfActorId) {
    }
}
